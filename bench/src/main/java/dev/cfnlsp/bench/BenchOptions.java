package dev.cfnlsp.bench;

import dev.cfnlsp.bench.generate.Format;
import dev.cfnlsp.bench.lsp.ServerJar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The command line of {@code bench} and {@code bench <measurement>}; paths are relative to the repository root. */
record BenchOptions(List<String> measurements, boolean quick, Optional<List<Integer>> sizes, List<Format> formats, ServerJar server, Path corpus, Path coldStartTemplate,
                    String cfnLint, Optional<Path> json) {
    static final List<String> MEASUREMENTS = List.of("editing", "cold-start", "lint", "memory");

    static BenchOptions parse(String command, List<String> args) {
        boolean quick = false;
        Path jar = Path.of("server/target/cfn-lsp.jar");
        Path corpus = Path.of("../shared/corpus");
        String cfnLint = "cfn-lint";
        Optional<Path> json = Optional.empty();
        Optional<List<Integer>> sizes = Optional.empty();
        List<Format> formats = List.of(Format.values());
        List<String> javaOptions = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (option.equals("--quick")) {
                quick = true;
                continue;
            }
            if (i + 1 == args.size()) {
                throw new IllegalArgumentException("unknown option or missing value: " + option);
            }
            String value = args.get(++i);
            switch (option) {
                case "--jar" -> jar = Path.of(value);
                case "--corpus" -> corpus = Path.of(value);
                case "--cfn-lint" -> cfnLint = value;
                case "--json" -> json = Optional.of(Path.of(value));
                case "--sizes" -> sizes = Optional.of(Arrays.stream(value.split(",")).map(String::trim).map(Integer::valueOf).toList());
                case "--formats" -> formats = Arrays.stream(value.split(",")).map(f -> Format.valueOf(f.trim().toUpperCase(Locale.ROOT))).toList();
                case "--java-option" -> javaOptions.add(value);
                default -> throw new IllegalArgumentException("unknown option: " + option);
            }
        }
        List<String> measurements = command.equals("all") ? MEASUREMENTS : List.of(command);
        return new BenchOptions(measurements, quick, sizes, formats, new ServerJar(jar, javaOptions), corpus, Path.of("examples/web-app.yaml"), cfnLint, json);
    }
}
