package dev.cfnlsp.schema;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads the value schemas of one resource type. A {@code {"ref": name}} becomes the shared instance of that definition,
 * created on first mention and filled in when the definition itself is read.
 */
final class ValueSchemaReader {

    private final JsonParser parser;
    private final Map<String, ValueSchema> definitions = new HashMap<>();

    ValueSchemaReader(JsonParser parser) {
        this.parser = parser;
    }

    /** The generator never writes a definition that is a mere reference, so none is expected here. */
    void readDefinitions() throws IOException {
        JsonReading.forEachField(parser, name -> definition(name).define(readDraft().constraints()));
    }

    ValueSchema read() throws IOException {
        Draft draft = readDraft();
        if (draft.ref != null) {
            return definition(draft.ref);
        }
        return draft.constrained ? ValueSchema.of(draft.constraints()) : ValueSchema.ANY;
    }

    private ValueSchema definition(String name) {
        return definitions.computeIfAbsent(name, ValueSchema::undefined);
    }

    private Draft readDraft() throws IOException {
        Draft draft = new Draft();
        JsonReading.forEachField(parser, name -> {
            draft.constrained = true;
            switch (name) {
                case "ref" -> draft.ref = parser.getText();
                case "type" -> draft.types = types();
                case "props" -> draft.properties = properties();
                case "req" -> draft.required = Collections.unmodifiableSet(
                        new LinkedHashSet<>(JsonReading.strings(parser)));
                case "closed" -> draft.closed = parser.getBooleanValue();
                case "items" -> draft.items = Optional.of(read());
                case "enum" -> draft.enumValues = JsonReading.strings(parser);
                case "pattern" -> draft.pattern = Optional.of(parser.getText());
                case "min" -> draft.minimum = Optional.of(parser.getDecimalValue());
                case "max" -> draft.maximum = Optional.of(parser.getDecimalValue());
                case "minLen" -> draft.minLength = OptionalInt.of(parser.getIntValue());
                case "maxLen" -> draft.maxLength = OptionalInt.of(parser.getIntValue());
                case "minItems" -> draft.minItems = OptionalInt.of(parser.getIntValue());
                case "maxItems" -> draft.maxItems = OptionalInt.of(parser.getIntValue());
                default -> parser.skipChildren();
            }
        });
        return draft;
    }

    private Set<JsonType> types() throws IOException {
        List<String> names = parser.isExpectedStartArrayToken() ? JsonReading.strings(parser) : List.of(parser.getText());
        Set<JsonType> types = EnumSet.noneOf(JsonType.class);
        for (String name : names) {
            types.add(JsonType.valueOf(name.toUpperCase(Locale.ROOT)));
        }
        return Collections.unmodifiableSet(types);
    }

    private Map<String, ValueSchema> properties() throws IOException {
        Map<String, ValueSchema> properties = new LinkedHashMap<>();
        JsonReading.forEachField(parser, name -> properties.put(name, read()));
        return Collections.unmodifiableMap(properties);
    }

    /** The fields of one value schema as they are read. */
    private static final class Draft {
        boolean constrained;
        String ref;
        Set<JsonType> types = Set.of();
        Map<String, ValueSchema> properties = Map.of();
        Set<String> required = Set.of();
        boolean closed;
        Optional<ValueSchema> items = Optional.empty();
        List<String> enumValues = List.of();
        Optional<String> pattern = Optional.empty();
        Optional<BigDecimal> minimum = Optional.empty();
        Optional<BigDecimal> maximum = Optional.empty();
        OptionalInt minLength = OptionalInt.empty();
        OptionalInt maxLength = OptionalInt.empty();
        OptionalInt minItems = OptionalInt.empty();
        OptionalInt maxItems = OptionalInt.empty();

        ValueConstraints constraints() {
            return new ValueConstraints(types, properties, required, !closed, items, enumValues, pattern,
                    minimum, maximum, minLength, maxLength, minItems, maxItems);
        }
    }
}
