package dev.cfnlsp.rule;

import dev.cfnlsp.rules.BuiltInRules;
import java.util.List;
import java.util.Optional;

/** The rules cfn-lsp knows, in a stable order. */
public final class RuleRegistry {
    private final List<RuleDescriptor> descriptors;

    public RuleRegistry(List<? extends Rule> rules) {
        this.descriptors = rules.stream().map(RuleDescriptor::of).toList();
    }

    public static RuleRegistry builtIn() {
        return new RuleRegistry(BuiltInRules.all());
    }

    public List<RuleDescriptor> descriptors() {
        return descriptors;
    }

    public Optional<RuleDescriptor> descriptor(String id) {
        return descriptors.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
