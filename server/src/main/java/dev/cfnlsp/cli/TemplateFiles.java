package dev.cfnlsp.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the paths given on the command line into the candidate template files, in a stable order. */
final class TemplateFiles {
    private TemplateFiles() {
    }

    static List<Path> expand(List<String> arguments) {
        List<Path> files = new ArrayList<>();
        for (String argument : arguments) {
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                files.addAll(candidatesUnder(path));
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new UsageException("'" + argument + "' is not a file or directory.");
            }
        }
        return files;
    }

    private static List<Path> candidatesUnder(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .filter(TemplateFiles::isCandidate)
                    .filter(file -> !isHidden(directory.relativize(file)))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException("cannot read the directory '" + directory + "': " + e.getMessage());
        }
    }

    private static boolean isCandidate(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json") || name.endsWith(".template");
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.equals("node_modules")) {
                return true;
            }
        }
        return false;
    }
}
