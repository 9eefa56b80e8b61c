package dev.cfnlsp.bundle;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Collection;

/**
 * Writes a {@link Shape} as a bundle value schema. Keys: {@code ref}, {@code type} (a name or a list of names),
 * {@code props}, {@code req}, {@code closed}, {@code items}, {@code enum}, {@code pattern}, {@code min}, {@code max},
 * {@code minLen}, {@code maxLen}, {@code minItems}, {@code maxItems}; an absent key means unconstrained.
 */
final class ShapeWriter {

    private ShapeWriter() {
    }

    static void write(JsonGenerator out, Shape shape) throws IOException {
        out.writeStartObject();
        if (shape.isReference()) {
            out.writeStringField("ref", shape.ref());
            out.writeEndObject();
            return;
        }
        writeTypes(out, shape);
        if (!shape.properties().isEmpty()) {
            out.writeObjectFieldStart("props");
            for (var property : shape.properties().entrySet()) {
                out.writeFieldName(property.getKey());
                write(out, property.getValue());
            }
            out.writeEndObject();
        }
        writeStrings(out, "req", shape.required());
        if (shape.closed()) {
            out.writeBooleanField("closed", true);
        }
        if (shape.items() != null && !Shape.ANY.equals(shape.items())) {
            out.writeFieldName("items");
            write(out, shape.items());
        }
        if (shape.enumValues() != null) {
            writeStrings(out, "enum", shape.enumValues());
        }
        if (shape.pattern() != null) {
            out.writeStringField("pattern", shape.pattern());
        }
        if (shape.minimum() != null) {
            out.writeNumberField("min", shape.minimum());
        }
        if (shape.maximum() != null) {
            out.writeNumberField("max", shape.maximum());
        }
        writeInteger(out, "minLen", shape.minLength());
        writeInteger(out, "maxLen", shape.maxLength());
        writeInteger(out, "minItems", shape.minItems());
        writeInteger(out, "maxItems", shape.maxItems());
        out.writeEndObject();
    }

    private static void writeTypes(JsonGenerator out, Shape shape) throws IOException {
        if (shape.types().size() == 1) {
            out.writeStringField("type", shape.types().iterator().next().jsonName());
        } else if (!shape.types().isEmpty()) {
            out.writeArrayFieldStart("type");
            for (Kind kind : shape.types()) {
                out.writeString(kind.jsonName());
            }
            out.writeEndArray();
        }
    }

    static void writeStrings(JsonGenerator out, String key, Collection<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        out.writeArrayFieldStart(key);
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }

    private static void writeInteger(JsonGenerator out, String key, Integer value) throws IOException {
        if (value != null) {
            out.writeNumberField(key, value);
        }
    }
}
