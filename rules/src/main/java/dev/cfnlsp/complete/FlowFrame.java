package dev.cfnlsp.complete;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An open flow mapping or list, or a tag waiting for its argument, while {@link FlowScanner} reads on. */
final class FlowFrame {
    enum Kind { MAPPING, SEQUENCE, TAG }

    final Kind kind;
    /** The function of a tag, by long name. */
    final String function;
    /** The key whose value is being read; null while a key is expected, or when it was the one being typed. */
    String key;
    boolean afterColon;
    /** A key (before the colon) or a value (after it, or in a list) was read completely. */
    boolean nodeDone;
    int index;
    final Map<String, String> entries = new LinkedHashMap<>();
    final List<String> items = new ArrayList<>();

    private FlowFrame(Kind kind, String function) {
        this.kind = kind;
        this.function = function;
    }

    static FlowFrame mapping() {
        return new FlowFrame(Kind.MAPPING, null);
    }

    static FlowFrame sequence() {
        return new FlowFrame(Kind.SEQUENCE, null);
    }

    static FlowFrame tag(String function) {
        return new FlowFrame(Kind.TAG, function);
    }

    boolean isCollection() {
        return kind != Kind.TAG;
    }

    /** A comma: the next key of a mapping, or the next item of a list. */
    void next() {
        key = null;
        afterColon = false;
        nodeDone = false;
        index++;
    }

    void completed(String value, boolean typedAtCursor) {
        if (kind == Kind.MAPPING && !afterColon) {
            key = typedAtCursor ? null : value;
        } else if (kind == Kind.MAPPING) {
            if (key != null) {
                entries.put(key, value);
            }
        } else {
            items.add(value);
        }
        nodeDone = true;
    }

    void colon() {
        afterColon = true;
        nodeDone = false;
        if (key != null) {
            entries.putIfAbsent(key, "");
        }
    }
}
