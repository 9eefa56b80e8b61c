package dev.cfnlsp.complete;

import java.util.List;

/** The cursor's context in JSON: the unclosed brackets and keys before it, read by {@link FlowScanner}. */
final class JsonContextDetector {
    private JsonContextDetector() {
    }

    static List<CursorContext> detect(String text, int offset) {
        String indent = TextLines.indentationAt(text, offset);
        return FlowScanner.json(text, offset)
                .map(cursor -> new CursorContext(cursor.slot(), cursor.segments(), cursor.scopes(), cursor.token(),
                        cursor.previousItems(), indent, false))
                .stream().toList();
    }
}
