package dev.cfnlsp.complete;

import java.util.List;

/** The cursor's context in JSON: the unclosed brackets and keys before it, read by {@link FlowScanner}. */
final class JsonContextDetector {
    private JsonContextDetector() {
    }

    static List<CursorContext> detect(String text, int offset) {
        String indent = indentationOfLine(text, offset);
        return FlowScanner.json(text, offset)
                .map(cursor -> new CursorContext(cursor.slot(), cursor.segments(), cursor.scopes(), cursor.token(),
                        cursor.previousItems(), indent, false))
                .stream().toList();
    }

    /** The leading whitespace of the line that holds {@code offset}, where a new key's lines are indented from. */
    private static String indentationOfLine(String text, int offset) {
        int start = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
        int end = start;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(start, end);
    }
}
