package dev.cfnlsp.rules.support;

import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.Template;
import java.util.List;
import java.util.Set;

/** The resources of a template whose literal type is one of the given types, in source order. */
public final class TypedResources {
    private TypedResources() {
    }

    public static List<Resource> of(Template template, String... types) {
        if (types.length == 1) {
            return template.resourcesOfType(types[0]);
        }
        Set<String> wanted = Set.of(types);
        return template.resources().stream().filter(r -> r.type().filter(wanted::contains).isPresent()).toList();
    }
}
