package dev.cfnlsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.TemplateNode;
import dev.cfnlsp.template.TemplateParser;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Settings read from LSP4J's Gson tree have the shape, kinds and values our JSON parser gives the same text. */
class SettingsTreeTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "{\"debounceMs\": 0, \"regions\": [\"us-east-1\", \"eu-west-1\"]}",
            "{\"cfn-lsp\": {\"minPasswordLength\": 32, \"profile\": \"production\", \"rules\": {\"parameter-unused\": \"off\"}}}",
            "{\"debounceMs\": 150.0, \"ratio\": -1.5e3, \"negative\": -7, \"on\": true, \"off\": false, \"none\": null}",
            "{\"settings\": {\"cfn-lsp\": {\"requiredTags\": [], \"nested\": [[1, \"two\"], {\"three\": null}]}}}",
            "{\"unicode\": \"caf\\u00e9 \\n\", \"empty\": {}}"})
    void matchesOurJsonParser(String json) {
        TemplateNode parsed = new TemplateParser().parse("settings.json", json).root().orElseThrow();
        assertEquals(shape(parsed), shape(SettingsTree.of(JsonParser.parseString(json))));
    }

    private static String shape(TemplateNode node) {
        if (node instanceof MappingNode mapping) {
            return mapping.entries().stream().map(SettingsTreeTest::shape).collect(Collectors.joining(", ", "{", "}"));
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.items().stream().map(SettingsTreeTest::shape).collect(Collectors.joining(", ", "[", "]"));
        }
        ScalarNode scalar = (ScalarNode) node;
        return scalar.kind() + ":" + scalar.style() + ":" + scalar.value();
    }

    private static String shape(MappingEntry entry) {
        return shape(entry.key()) + "=" + shape(entry.value());
    }
}
