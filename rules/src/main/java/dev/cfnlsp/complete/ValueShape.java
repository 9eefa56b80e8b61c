package dev.cfnlsp.complete;

import dev.cfnlsp.schema.JsonType;
import dev.cfnlsp.schema.ValueSchema;
import java.util.Set;

/** How a key's value is laid out when the key is inserted: on the same line, or as a mapping or list below it. */
enum ValueShape {
    SCALAR, OBJECT, LIST;

    static ValueShape of(ValueSchema schema) {
        Set<JsonType> types = schema.types();
        boolean list = types.contains(JsonType.ARRAY) || types.isEmpty() && schema.items().isPresent();
        boolean object = types.contains(JsonType.OBJECT) || types.isEmpty() && !schema.properties().isEmpty();
        if (list == object) {
            return SCALAR;
        }
        return list ? LIST : OBJECT;
    }
}
