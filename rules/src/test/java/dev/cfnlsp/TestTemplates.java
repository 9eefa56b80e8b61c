package dev.cfnlsp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The templates tests run over: the public corpus beside the repository and the rule fixtures. */
public final class TestTemplates {
    private TestTemplates() {
    }

    public static Path corpus() {
        String configured = System.getProperty("cfnlsp.corpus");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("corpus");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("../shared/corpus not found beside the repository; set -Dcfnlsp.corpus=PATH");
    }

    public static List<Path> corpusFiles() {
        return templatesUnder(corpus());
    }

    /** Every bad, good and fixed template of every rule fixture. */
    public static List<Path> fixtureFiles() {
        return templatesUnder(Path.of("src/test/resources/fixtures"));
    }

    private static List<Path> templatesUnder(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().matches(".*\\.(ya?ml|json|template)$"))
                    .filter(f -> !f.getFileName().toString().startsWith(".cfn-lsp"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
