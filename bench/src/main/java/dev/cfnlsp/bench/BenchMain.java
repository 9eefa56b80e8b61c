package dev.cfnlsp.bench;

import dev.cfnlsp.bench.generate.Format;
import dev.cfnlsp.bench.generate.TemplateGenerator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** {@code java -jar bench/target/cfn-lsp-bench.jar <command>}, from the repository root; see docs/performance.md. */
public final class BenchMain {
    private static final String HELP = """
            Usage: java -jar bench/target/cfn-lsp-bench.jar <command> [options]   (from the repository root)

            Commands:
              all                   every measurement below, as Markdown tables on stdout
              editing               didOpen, didChange, hover, completion and code action latency at each size
              cold-start            process start -> initialize answered -> first diagnostics, fresh JVMs
              lint                  `cfn-lsp lint` and cfn-lint over the corpus: templates/s and peak RSS
              memory                server RSS and heap with many templates open, one of them large
              jmh [JMH options]     the JMH benchmarks of parsing and analysis (e.g. -p resources=2000)
              generate RESOURCES [SEED] [yaml|json]
                                    print a generated template

            Options of the measurements:
              --quick               a smoke run: fewer runs and sizes, 20 corpus templates
              --sizes N[,N...]      editing and memory at these template sizes only (of 100, 2000, 10000)
              --formats F[,F...]    editing in these formats only (yaml, json; default both)
              --jar PATH            the server jar (default server/target/cfn-lsp.jar)
              --corpus DIR          the templates to lint (default ../shared/corpus)
              --cfn-lint COMMAND    cfn-lint to compare with (default cfn-lint)
              --java-option OPTION  a JVM option for every launch of the jar (repeatable), e.g. -XX:+UseSerialGC
              --json FILE           also write the results as JSON
            """;

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = Arrays.asList(args);
        String command = arguments.isEmpty() ? "--help" : arguments.get(0);
        List<String> rest = arguments.subList(Math.min(1, arguments.size()), arguments.size());
        if (command.equals("jmh")) {
            org.openjdk.jmh.Main.main(rest.toArray(String[]::new));
        } else if (command.equals("generate") && !rest.isEmpty()) {
            System.out.print(TemplateGenerator.generate(Integer.parseInt(rest.get(0)),
                    rest.size() > 1 ? Long.parseLong(rest.get(1)) : 1,
                    rest.size() > 2 ? Format.valueOf(rest.get(2).toUpperCase(Locale.ROOT)) : Format.YAML));
        } else if (command.equals("all") || BenchOptions.MEASUREMENTS.contains(command)) {
            new Bench(BenchOptions.parse(command, rest)).run();
        } else {
            System.out.print(HELP);
            System.exit(command.equals("--help") || command.equals("help") ? 0 : 2);
        }
    }
}
