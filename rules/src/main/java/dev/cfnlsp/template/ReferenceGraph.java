package dev.cfnlsp.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A template's references indexed both ways: by the name they point at, and by the resource they are made in. */
record ReferenceGraph(Map<String, List<Reference>> byTarget, Map<String, List<Reference>> byResource) {

    static ReferenceGraph of(Template template) {
        Map<String, List<Reference>> byTarget = new HashMap<>();
        Map<String, List<Reference>> byResource = new HashMap<>();
        for (Reference reference : template.references()) {
            byTarget.computeIfAbsent(reference.target(), k -> new ArrayList<>()).add(reference);
            reference.from().filter(from -> from.kind() == DeclarationKind.RESOURCE)
                    .ifPresent(from -> byResource.computeIfAbsent(from.name(), k -> new ArrayList<>()).add(reference));
        }
        return new ReferenceGraph(byTarget, byResource);
    }
}
