package dev.cfnlsp.cli;

import java.util.ArrayList;
import java.util.List;

/** The parsed command line of {@code lint}. */
record LintOptions(OutputFormat format, List<String> regions, List<String> paths) {

    static LintOptions parse(List<String> args) {
        OutputFormat format = OutputFormat.TEXT;
        List<String> regions = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--format" -> format = OutputFormat.parse(valueAfter(args, i++));
                case "--region" -> regions.add(valueAfter(args, i++));
                default -> {
                    if (arg.startsWith("--format=")) {
                        format = OutputFormat.parse(arg.substring("--format=".length()));
                    } else if (arg.startsWith("--region=")) {
                        regions.add(arg.substring("--region=".length()));
                    } else if (arg.startsWith("-")) {
                        throw new UsageException("lint does not know the option '" + arg + "'.");
                    } else {
                        paths.add(arg);
                    }
                }
            }
        }
        if (paths.isEmpty()) {
            throw new UsageException("lint needs at least one file or directory.");
        }
        return new LintOptions(format, regions, paths);
    }

    private static String valueAfter(List<String> args, int i) {
        if (i + 1 >= args.size()) {
            throw new UsageException(args.get(i) + " needs a value.");
        }
        return args.get(i + 1);
    }
}
