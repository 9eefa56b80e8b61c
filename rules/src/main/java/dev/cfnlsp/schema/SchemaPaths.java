package dev.cfnlsp.schema;

import java.util.List;
import java.util.Optional;

/** Follows a path of property names and list indexes through a resource's schema. */
public final class SchemaPaths {
    private SchemaPaths() {
    }

    /**
     * The schema of the value at {@code path} below a resource's Properties: names step into object properties,
     * integers into list items, intrinsic names (Fn::If and its index) are skipped as they keep the expected shape.
     */
    public static Optional<ValueSchema> resolve(ResourceSchema resource, List<Object> path) {
        Optional<ValueSchema> current = Optional.of(resource.properties());
        for (int i = 0; i < path.size() && current.isPresent(); i++) {
            Object segment = path.get(i);
            ValueSchema schema = current.get();
            if (segment instanceof Integer) {
                current = schema.items().or(() -> Optional.of(schema));
            } else if (segment instanceof String name && name.startsWith("Fn::")) {
                i++;
            } else {
                current = Optional.ofNullable(schema.properties().get((String) segment));
            }
        }
        return current;
    }
}
