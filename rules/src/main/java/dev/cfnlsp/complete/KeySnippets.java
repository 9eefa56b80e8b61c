package dev.cfnlsp.complete;

import dev.cfnlsp.edit.DocumentStyle;
import dev.cfnlsp.template.TemplateFormat;
import java.util.List;

/**
 * Writes {@code Key: value} entries as snippet text in the document's format and style: YAML block (a mapping or list
 * value starts on the next line, one indentation unit deeper), YAML flow, or JSON.
 */
final class KeySnippets {
    private final boolean json;
    private final boolean flow;
    private final DocumentStyle style;

    KeySnippets(CompletionInput input) {
        this.json = input.format() == TemplateFormat.JSON;
        this.flow = input.cursor().flow();
        this.style = input.style();
    }

    /**
     * @param key    snippet text (escape plain names with {@link #escape})
     * @param indent the indentation of the key's own line
     * @param value  snippet text for the value: a tabstop, or entries made with {@link #join}
     */
    String entry(String key, ValueShape shape, String indent, String value) {
        String head = json ? "\"" + key + "\":" : key + ":";
        String nl = style.lineEnding();
        String inner = indent + style.indentUnit();
        return head + switch (shape) {
            case SCALAR -> " " + value;
            case OBJECT -> json ? " {" + nl + inner + value + nl + indent + "}" : flow ? " {" + value + "}" : nl + inner + value;
            case LIST -> json ? " [" + nl + inner + value + nl + indent + "]" : flow ? " [" + value + "]"
                    : nl + (style.indentedSequences() ? inner : indent) + "- " + value;
        };
    }

    /** Entries of one mapping, each on its own line at {@code indent} (the first line's indentation is the caller's). */
    String join(List<String> entries, String indent) {
        String separator = json ? "," + style.lineEnding() + indent : flow ? ", " : style.lineEnding() + indent;
        return String.join(separator, entries);
    }

    /** A scalar as the value of an entry: JSON quotes it. */
    String scalar(String value) {
        return json ? "\"" + escape(value) + "\"" : escape(value);
    }

    String deeper(String indent) {
        return indent + style.indentUnit();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("$", "\\$").replace("}", "\\}");
    }
}
