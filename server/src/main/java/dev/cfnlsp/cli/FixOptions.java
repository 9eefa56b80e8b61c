package dev.cfnlsp.cli;

import java.util.ArrayList;
import java.util.List;

/** The parsed command line of {@code fix}. */
record FixOptions(List<String> rules, boolean dryRun, List<String> paths) {

    static FixOptions parse(List<String> args) {
        List<String> rules = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        boolean dryRun = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--dry-run")) {
                dryRun = true;
            } else if (arg.equals("--rule")) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--rule needs a rule id.");
                }
                rules.add(args.get(++i));
            } else if (arg.startsWith("--rule=")) {
                rules.add(arg.substring("--rule=".length()));
            } else if (arg.startsWith("-")) {
                throw new UsageException("fix does not know the option '" + arg + "'.");
            } else {
                paths.add(arg);
            }
        }
        if (paths.isEmpty()) {
            throw new UsageException("fix needs at least one file or directory.");
        }
        return new FixOptions(rules, dryRun, paths);
    }
}
