package dev.cfnlsp.bundle;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes one service file: type name → {@code schema} (the Properties object), {@code defs} (named value schemas that
 * {@code ref} points to), {@code attrs}, {@code createOnly}, {@code primaryId}, {@code taggable}, {@code tagsProp}.
 */
final class ServiceFileWriter {

    private ServiceFileWriter() {
    }

    /** @param types sorted by name */
    static long write(Path file, List<ResourceType> types) throws IOException {
        return GzipJson.write(file, out -> {
            out.writeStartObject();
            for (ResourceType type : types) {
                out.writeFieldName(type.typeName());
                writeType(out, type);
            }
            out.writeEndObject();
        });
    }

    private static void writeType(JsonGenerator out, ResourceType type) throws IOException {
        out.writeStartObject();
        out.writeFieldName("schema");
        ShapeWriter.write(out, type.properties());
        if (!type.definitions().isEmpty()) {
            out.writeObjectFieldStart("defs");
            for (Map.Entry<String, Shape> definition : type.definitions().entrySet()) {
                out.writeFieldName(definition.getKey());
                ShapeWriter.write(out, definition.getValue());
            }
            out.writeEndObject();
        }
        ShapeWriter.writeStrings(out, "attrs", type.attributes());
        ShapeWriter.writeStrings(out, "createOnly", type.createOnlyProperties());
        ShapeWriter.writeStrings(out, "primaryId", type.primaryIdentifier());
        if (type.taggable()) {
            out.writeBooleanField("taggable", true);
        }
        if (type.tagsProperty() != null) {
            out.writeStringField("tagsProp", type.tagsProperty());
        }
        out.writeEndObject();
    }
}
