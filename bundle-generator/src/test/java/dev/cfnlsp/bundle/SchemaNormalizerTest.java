package dev.cfnlsp.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the cases in normalizer-cases.json: a value schema in, the bundle's value schema out. */
class SchemaNormalizerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = SchemaNormalizerTest.class.getResourceAsStream("/normalizer-cases.json")) {
            JsonNode cases = MAPPER.readTree(in);
            return StreamSupport.stream(cases.spliterator(), false)
                    .map(testCase -> Arguments.of(testCase.get("case").asText(), testCase));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void normalizes(String name, JsonNode testCase) throws IOException {
        ObjectNode schema = MAPPER.createObjectNode();
        schema.set("properties", testCase.path("properties"));
        schema.set("definitions", testCase.path("definitions"));
        SchemaNormalizer normalizer = new SchemaNormalizer(schema);
        JsonNode actual = written(normalizer.normalize(testCase.get("value")));

        if (testCase.has("expected")) {
            assertEquals(testCase.get("expected"), actual);
        }
        if (testCase.path("checkOrder").asBoolean()) {
            assertEquals(fieldNames(testCase.get("expected").get("props")), fieldNames(actual.get("props")));
        }
        if (testCase.has("expectedKeys")) {
            List<String> keys = new ArrayList<>();
            testCase.get("expectedKeys").forEach(key -> keys.add(key.asText()));
            assertEquals(keys, fieldNames(actual.get("props")));
        }
        var definitions = testCase.path("expectedDefinition").fields();
        while (definitions.hasNext()) {
            var definition = definitions.next();
            assertEquals(definition.getValue(), written(normalizer.definition(definition.getKey())));
        }
    }

    private static JsonNode written(Shape shape) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = MAPPER.getFactory().createGenerator(text)) {
            ShapeWriter.write(out, shape);
        }
        return MAPPER.readTree(text.toString());
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
