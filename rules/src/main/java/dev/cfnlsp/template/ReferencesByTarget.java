package dev.cfnlsp.template;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A template's references grouped by the name they point at, for rules that ask who refers to a declaration. */
record ReferencesByTarget(Map<String, List<Reference>> byTarget) {

    static ReferencesByTarget of(Template template) {
        return new ReferencesByTarget(template.references().stream().collect(Collectors.groupingBy(Reference::target)));
    }
}
