package dev.cfnlsp.rule;

import dev.cfnlsp.rules.BuiltInRules;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The rules cfn-lsp knows, in a stable order. */
public final class RuleRegistry {
    private final List<RuleDescriptor> descriptors;
    private final Map<String, RuleDescriptor> byId;

    public RuleRegistry(List<? extends Rule> rules) {
        this.descriptors = rules.stream().map(RuleDescriptor::of).toList();
        this.byId = descriptors.stream().collect(Collectors.toUnmodifiableMap(RuleDescriptor::id, d -> d));
    }

    public static RuleRegistry builtIn() {
        return new RuleRegistry(BuiltInRules.all());
    }

    public List<RuleDescriptor> descriptors() {
        return descriptors;
    }

    public Set<String> ids() {
        return byId.keySet();
    }

    public Optional<RuleDescriptor> descriptor(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
