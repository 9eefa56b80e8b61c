package dev.cfnlsp.template;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A version's references grouped by the body of the declaration they are made in. A re-parsed version shares the
 * very nodes of every declaration the edit left in place, so it takes their references over instead of walking them.
 */
final class ReferencesByBody {
    static final ReferencesByBody NONE = new ReferencesByBody(Map.of());

    private final Map<TemplateNode, List<Reference>> byBody;

    private ReferencesByBody(Map<TemplateNode, List<Reference>> byBody) {
        this.byBody = byBody;
    }

    static ReferencesByBody of(Template template) {
        return template.derived(ReferencesByBody.class, ReferencesByBody::group);
    }

    private static ReferencesByBody group(Template template) {
        Map<TemplateNode, List<Reference>> byBody = new IdentityHashMap<>();
        template.rootMapping().map(Template::allDeclarations).orElse(List.of())
                .forEach(declaration -> byBody.put(declaration.body(), new ArrayList<>()));
        for (Reference reference : template.references()) {
            reference.from().ifPresent(from -> byBody.computeIfAbsent(from.body(), k -> new ArrayList<>()).add(reference));
        }
        return new ReferencesByBody(byBody);
    }

    /** The earlier references of a declaration whose body is the very same node, if there is one. */
    Optional<List<Reference>> of(Declaration declaration) {
        return Optional.ofNullable(byBody.get(declaration.body()));
    }
}
