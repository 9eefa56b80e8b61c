package dev.cfnlsp.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A template's references indexed by the name they point at. */
record ReferenceTargets(Map<String, List<Reference>> byTarget) {

    static ReferenceTargets of(Template template) {
        Map<String, List<Reference>> byTarget = new HashMap<>();
        for (Reference reference : template.references()) {
            byTarget.computeIfAbsent(reference.target(), k -> new ArrayList<>()).add(reference);
        }
        return new ReferenceTargets(byTarget);
    }

    List<Reference> to(String name) {
        return byTarget.getOrDefault(name, List.of());
    }
}
