package dev.cfnlsp.bundle;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;

/**
 * Writes one documentation file: {@code texts}, every distinct text of the file once, then {@code types}: type name →
 * {@code desc}, {@code props} (property → text), {@code attrs} (attribute → text) and {@code defs} (definition →
 * property → text), where each text is its index in {@code texts}. Absent keys mean no documentation.
 */
final class DocsFileWriter {

    private final Map<String, Integer> textIndexes = new LinkedHashMap<>();

    private DocsFileWriter() {
    }

    /** @return the number of bytes written */
    static long write(Path file, SortedMap<String, ResourceDocumentation> documentationByType) throws IOException {
        DocsFileWriter writer = new DocsFileWriter();
        documentationByType.values().forEach(writer::indexTexts);
        return GzipJson.write(file, out -> {
            out.writeStartObject();
            out.writeArrayFieldStart("texts");
            for (String text : writer.textIndexes.keySet()) {
                out.writeString(text);
            }
            out.writeEndArray();
            out.writeObjectFieldStart("types");
            for (var type : documentationByType.entrySet()) {
                out.writeFieldName(type.getKey());
                writer.writeType(out, type.getValue());
            }
            out.writeEndObject();
            out.writeEndObject();
        });
    }

    private void indexTexts(ResourceDocumentation documentation) {
        if (documentation.description() != null) {
            index(documentation.description());
        }
        documentation.properties().values().forEach(this::index);
        documentation.attributes().values().forEach(this::index);
        documentation.definitions().values().forEach(properties -> properties.values().forEach(this::index));
    }

    private void index(String text) {
        textIndexes.putIfAbsent(text, textIndexes.size());
    }

    private void writeType(JsonGenerator out, ResourceDocumentation documentation) throws IOException {
        out.writeStartObject();
        if (documentation.description() != null) {
            out.writeNumberField("desc", textIndexes.get(documentation.description()));
        }
        writeTexts(out, "props", documentation.properties());
        writeTexts(out, "attrs", documentation.attributes());
        if (!documentation.definitions().isEmpty()) {
            out.writeObjectFieldStart("defs");
            for (var definition : documentation.definitions().entrySet()) {
                writeTexts(out, definition.getKey(), definition.getValue());
            }
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    private void writeTexts(JsonGenerator out, String key, Map<String, String> textsByName) throws IOException {
        if (textsByName.isEmpty()) {
            return;
        }
        out.writeObjectFieldStart(key);
        for (var entry : textsByName.entrySet()) {
            out.writeNumberField(entry.getKey(), textIndexes.get(entry.getValue()));
        }
        out.writeEndObject();
    }
}
