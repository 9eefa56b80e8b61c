package dev.cfnlsp.schema;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a service file ({@code types/AWS-S3.json.gz}): the resource types of one service namespace. */
final class ServiceFileReader {

    private ServiceFileReader() {
    }

    static Map<String, ResourceSchema> read(JsonParser parser) throws IOException {
        Map<String, ResourceSchema> types = new HashMap<>();
        JsonReading.forEachField(parser, typeName -> types.put(typeName, readType(typeName, parser)));
        return Collections.unmodifiableMap(types);
    }

    private static ResourceSchema readType(String typeName, JsonParser parser) throws IOException {
        ValueSchemaReader values = new ValueSchemaReader(parser);
        Draft type = new Draft();
        JsonReading.forEachField(parser, name -> {
            switch (name) {
                case "schema" -> type.properties = values.read();
                case "defs" -> values.readDefinitions();
                case "attrs" -> type.attributes = orderedSet(JsonReading.strings(parser));
                case "createOnly" -> type.createOnly = orderedSet(JsonReading.strings(parser));
                case "primaryId" -> type.primaryIdentifier = JsonReading.strings(parser);
                case "taggable" -> type.taggable = parser.getBooleanValue();
                case "tagsProp" -> type.tagsProperty = Optional.of(parser.getText());
                default -> parser.skipChildren();
            }
        });
        return new ResourceSchema(typeName, type.properties, type.attributes, type.createOnly,
                type.primaryIdentifier, type.taggable, type.tagsProperty);
    }

    /** The fields of one resource type as they are read. */
    private static final class Draft {
        ValueSchema properties = ValueSchema.ANY;
        Set<String> attributes = Set.of();
        Set<String> createOnly = Set.of();
        List<String> primaryIdentifier = List.of();
        boolean taggable;
        Optional<String> tagsProperty = Optional.empty();
    }

    private static Set<String> orderedSet(List<String> values) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }
}
