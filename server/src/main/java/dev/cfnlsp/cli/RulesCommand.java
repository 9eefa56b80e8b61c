package dev.cfnlsp.cli;

import dev.cfnlsp.rule.RuleDescriptor;
import dev.cfnlsp.rule.RuleRegistry;
import java.io.PrintStream;

/** {@code rules}: every rule with its id, default severity, category and title. */
final class RulesCommand {
    private final PrintStream out;

    RulesCommand(PrintStream out) {
        this.out = out;
    }

    int run() {
        for (RuleDescriptor rule : RuleRegistry.builtIn().descriptors()) {
            out.printf("%-28s %-8s %-12s %s%n", rule.id(), rule.severity().label(), rule.category().label(), rule.title());
        }
        return Main.OK;
    }
}
