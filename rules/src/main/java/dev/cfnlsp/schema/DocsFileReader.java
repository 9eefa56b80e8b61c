package dev.cfnlsp.schema;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a documentation file ({@code docs/AWS-S3.json.gz}): {@code texts}, then {@code types} whose entries point into
 * {@code texts} by index.
 */
final class DocsFileReader {

    private final JsonParser parser;
    private List<String> texts = List.of();

    private DocsFileReader(JsonParser parser) {
        this.parser = parser;
    }

    static Map<String, TypeDocumentation> read(JsonParser parser) throws IOException {
        return new DocsFileReader(parser).readFile();
    }

    private Map<String, TypeDocumentation> readFile() throws IOException {
        Map<String, TypeDocumentation> types = new HashMap<>();
        JsonReading.forEachField(parser, name -> {
            switch (name) {
                case "texts" -> texts = JsonReading.strings(parser);
                case "types" -> JsonReading.forEachField(parser, typeName -> types.put(typeName, readType(typeName)));
                default -> parser.skipChildren();
            }
        });
        return Collections.unmodifiableMap(types);
    }

    private TypeDocumentation readType(String typeName) throws IOException {
        Draft type = new Draft();
        JsonReading.forEachField(parser, name -> {
            switch (name) {
                case "desc" -> type.description = Optional.of(text());
                case "props" -> type.properties = textsByName();
                case "attrs" -> type.attributes = textsByName();
                case "defs" -> type.definitions = definitions();
                default -> parser.skipChildren();
            }
        });
        return new TypeDocumentation(typeName, type.description, type.properties, type.attributes, type.definitions);
    }

    private Map<String, Map<String, String>> definitions() throws IOException {
        Map<String, Map<String, String>> definitions = new HashMap<>();
        JsonReading.forEachField(parser, name -> definitions.put(name, textsByName()));
        return Collections.unmodifiableMap(definitions);
    }

    private Map<String, String> textsByName() throws IOException {
        Map<String, String> textsByName = new HashMap<>();
        JsonReading.forEachField(parser, name -> textsByName.put(name, text()));
        return Collections.unmodifiableMap(textsByName);
    }

    /** The file writes {@code texts} before {@code types}, so every index is known when it is read. */
    private String text() throws IOException {
        return texts.get(parser.getIntValue());
    }

    /** The fields of one type's documentation as they are read. */
    private static final class Draft {
        Optional<String> description = Optional.empty();
        Map<String, String> properties = Map.of();
        Map<String, String> attributes = Map.of();
        Map<String, Map<String, String>> definitions = Map.of();
    }
}
