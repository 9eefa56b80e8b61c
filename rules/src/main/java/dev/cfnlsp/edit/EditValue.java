package dev.cfnlsp.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value a fix inserts, independent of the document's format: the renderer writes it as YAML (block or flow, short
 * or long intrinsic forms) or JSON, in the document's own style.
 */
public sealed interface EditValue {

    /** A string; the renderer quotes it when the format needs that. */
    record Text(String value) implements EditValue {
    }

    /** A number or boolean, written bare. */
    record Literal(String value) implements EditValue {
    }

    record Mapping(Map<String, EditValue> entries) implements EditValue {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }
    }

    record Sequence(List<EditValue> items) implements EditValue {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** An intrinsic function call, e.g. {@code Fn::GetAtt} with its argument. */
    record Intrinsic(String function, EditValue argument) implements EditValue {
    }

    static Text text(String value) {
        return new Text(value);
    }

    static Literal bool(boolean value) {
        return new Literal(Boolean.toString(value));
    }

    static Literal number(long value) {
        return new Literal(Long.toString(value));
    }

    static Sequence list(EditValue... items) {
        return new Sequence(List.of(items));
    }

    static Intrinsic ref(String logicalId) {
        return new Intrinsic("Ref", text(logicalId));
    }

    static Intrinsic getAtt(String logicalId, String attribute) {
        return new Intrinsic("Fn::GetAtt", list(text(logicalId), text(attribute)));
    }

    static Intrinsic sub(String template) {
        return new Intrinsic("Fn::Sub", text(template));
    }

    /** Builds an ordered mapping: {@code EditValue.map().put("A", x).put("B", y).build()}. */
    static MappingBuilder map() {
        return new MappingBuilder();
    }

    final class MappingBuilder {
        private final Map<String, EditValue> entries = new LinkedHashMap<>();

        private MappingBuilder() {
        }

        public MappingBuilder put(String key, EditValue value) {
            entries.put(key, value);
            return this;
        }

        public MappingBuilder put(String key, String text) {
            return put(key, text(text));
        }

        public Mapping build() {
            return new Mapping(entries);
        }
    }
}
