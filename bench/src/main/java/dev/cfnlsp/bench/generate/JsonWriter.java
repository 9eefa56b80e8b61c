package dev.cfnlsp.bench.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a template as JSON indented by two spaces, the way the CloudFormation documentation shows it. */
final class JsonWriter {
    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(INDENTER)
            .withArrayIndenter(INDENTER);

    private JsonWriter() {
    }

    static String write(Map<String, Object> template) {
        try {
            return new ObjectMapper().writer(PRINTER).writeValueAsString(plain(template)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces each {@link Fn} by its JSON form, {@code {"Fn::Name": argument}}. */
    private static Object plain(Object value) {
        if (value instanceof Fn fn) {
            return Map.of(fn.name(), plain(fn.argument()));
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(key, plain(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(JsonWriter::plain).toList();
        }
        return value;
    }
}
