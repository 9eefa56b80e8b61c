package dev.cfnlsp.server;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.ScalarKind;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.ScalarStyle;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.SourceRange;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Editor settings arrive as the Gson tree LSP4J parsed; this gives them the model the settings reader reads, without
 * printing and parsing them again. They have no source text, so every range is empty.
 */
final class SettingsTree {
    private static final SourceRange NOWHERE = SourceRange.of(0, 0, 0, 0);

    private SettingsTree() {
    }

    static TemplateNode of(JsonElement element) {
        if (element.isJsonObject()) {
            return mapping(element.getAsJsonObject());
        }
        if (element.isJsonArray()) {
            return sequence(element.getAsJsonArray());
        }
        if (element.isJsonPrimitive()) {
            return scalar(element.getAsJsonPrimitive());
        }
        return new ScalarNode("", ScalarKind.NULL, ScalarStyle.PLAIN, NOWHERE);
    }

    private static MappingNode mapping(JsonObject object) {
        List<MappingEntry> entries = new ArrayList<>(object.size());
        for (Map.Entry<String, JsonElement> member : object.entrySet()) {
            ScalarNode key = new ScalarNode(member.getKey(), ScalarKind.STRING, ScalarStyle.DOUBLE_QUOTED, NOWHERE);
            entries.add(new MappingEntry(key, of(member.getValue())));
        }
        return new MappingNode(entries, true, NOWHERE);
    }

    private static SequenceNode sequence(JsonArray array) {
        List<TemplateNode> items = new ArrayList<>(array.size());
        array.forEach(item -> items.add(of(item)));
        return new SequenceNode(items, true, NOWHERE);
    }

    private static ScalarNode scalar(JsonPrimitive primitive) {
        if (primitive.isString()) {
            return new ScalarNode(primitive.getAsString(), ScalarKind.STRING, ScalarStyle.DOUBLE_QUOTED, NOWHERE);
        }
        ScalarKind kind = primitive.isBoolean() ? ScalarKind.BOOLEAN : numberKind(primitive.getAsString());
        return new ScalarNode(primitive.getAsString(), kind, ScalarStyle.PLAIN, NOWHERE);
    }

    /** The number as the client wrote it: {@code 150} is an integer, {@code 150.0} and {@code 1e2} are not. */
    private static ScalarKind numberKind(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(Character.isDigit(c) || (i == 0 && c == '-'))) {
                return ScalarKind.FLOAT;
            }
        }
        return ScalarKind.INTEGER;
    }
}
