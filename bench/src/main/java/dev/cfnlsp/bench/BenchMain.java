package dev.cfnlsp.bench;

import dev.cfnlsp.bench.generate.Format;
import dev.cfnlsp.bench.generate.TemplateGenerator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** {@code java -jar cfn-lsp-bench.jar <command>}; see docs/performance.md. */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = Arrays.asList(args);
        String command = arguments.isEmpty() ? "help" : arguments.get(0);
        List<String> rest = arguments.subList(Math.min(1, arguments.size()), arguments.size());
        switch (command) {
            case "generate" -> System.out.print(TemplateGenerator.generate(Integer.parseInt(rest.get(0)),
                    rest.size() > 1 ? Long.parseLong(rest.get(1)) : 1,
                    rest.size() > 2 ? Format.valueOf(rest.get(2).toUpperCase(Locale.ROOT)) : Format.YAML));
            default -> System.err.println("usage");
        }
    }
}
