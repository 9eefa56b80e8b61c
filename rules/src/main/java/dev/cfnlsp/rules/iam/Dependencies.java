package dev.cfnlsp.rules.iam;

import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.Reference;
import dev.cfnlsp.template.ReferenceKind;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.Template;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which resources each resource refers to (Ref, GetAtt, Sub, DependsOn), so that a fix which makes resource A refer
 * to resource B can first check that B does not already depend on A: CloudFormation rejects circular dependencies.
 */
final class Dependencies {
    private static final Set<ReferenceKind> KINDS = Set.of(ReferenceKind.REF, ReferenceKind.GET_ATT, ReferenceKind.SUB,
            ReferenceKind.DEPENDS_ON);

    private final Template template;
    private final Map<String, Set<String>> references = new HashMap<>();

    private Dependencies(Template template) {
        this.template = template;
        for (Reference reference : template.references()) {
            if (KINDS.contains(reference.kind()) && reference.from().filter(d -> d.kind() == DeclarationKind.RESOURCE).isPresent()
                    && template.resource(reference.target()).isPresent()) {
                references.computeIfAbsent(reference.from().get().name(), k -> new HashSet<>()).add(reference.target());
            }
        }
    }

    static Dependencies of(Template template) {
        return new Dependencies(template);
    }

    /** Whether {@code from} refers to {@code to}, directly or through other resources. */
    boolean dependsOn(String from, String to) {
        Set<String> seen = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.add(from);
        while (!pending.isEmpty()) {
            String current = pending.poll();
            for (String next : references.getOrDefault(current, Set.of())) {
                if (next.equals(to)) {
                    return true;
                }
                if (seen.add(next)) {
                    pending.add(next);
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code holder} may refer to {@code target}: no cycle, and {@code target} exists whenever the holder does
     * (no Condition of its own, or the holder's).
     */
    boolean mayRefer(Resource holder, String target) {
        Optional<Resource> resource = template.resource(target);
        if (resource.isEmpty() || target.equals(holder.name()) || dependsOn(target, holder.name())) {
            return false;
        }
        Optional<String> condition = Values.literal(resource.get().attribute("Condition"));
        return condition.isEmpty() || condition.equals(Values.literal(holder.attribute("Condition")));
    }
}
