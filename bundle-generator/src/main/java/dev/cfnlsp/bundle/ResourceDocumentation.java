package dev.cfnlsp.bundle;

import java.util.Map;

/**
 * The documentation text of one resource type, trimmed and without empty entries, limited to what the bundle keeps of
 * the type. Maps are keyed by property, attribute or definition name and keep the bundle's order.
 *
 * @param description null if the type has none
 * @param definitions definition name → property name → text; only definitions with at least one documented property
 */
record ResourceDocumentation(
        String description,
        Map<String, String> properties,
        Map<String, String> attributes,
        Map<String, Map<String, String>> definitions) {

    static final ResourceDocumentation NONE = new ResourceDocumentation(null, Map.of(), Map.of(), Map.of());

    boolean isEmpty() {
        return description == null && properties.isEmpty() && attributes.isEmpty() && definitions.isEmpty();
    }
}
