package dev.cfnlsp.analysis;

import dev.cfnlsp.template.Declaration;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.Reference;
import dev.cfnlsp.template.Template;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The reference graph between resources of one version, both ways: who a resource names, and who names it. */
final class ReferenceIndex {
    private final Map<String, Set<String>> neighbours = new HashMap<>();

    static ReferenceIndex of(Template template) {
        return template.derived(ReferenceIndex.class, ReferenceIndex::build);
    }

    private static ReferenceIndex build(Template template) {
        ReferenceIndex index = new ReferenceIndex();
        for (Reference reference : template.references()) {
            reference.from().filter(from -> from.kind() == DeclarationKind.RESOURCE).map(Declaration::name).ifPresent(from -> {
                index.neighbours.computeIfAbsent(from, k -> new HashSet<>()).add(reference.target());
                index.neighbours.computeIfAbsent(reference.target(), k -> new HashSet<>()).add(from);
            });
        }
        return index;
    }

    Set<String> neighboursOf(String resource) {
        return neighbours.getOrDefault(resource, Set.of());
    }
}
