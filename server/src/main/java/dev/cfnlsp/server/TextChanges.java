package dev.cfnlsp.server;

import dev.cfnlsp.template.LineIndex;
import dev.cfnlsp.template.SourcePosition;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/** Applies LSP content changes (incremental or full) to a document's text. */
final class TextChanges {
    private TextChanges() {
    }

    static String apply(String text, List<TextDocumentContentChangeEvent> changes) {
        String current = text;
        for (TextDocumentContentChangeEvent change : changes) {
            current = apply(current, change);
        }
        return current;
    }

    private static String apply(String text, TextDocumentContentChangeEvent change) {
        Range range = change.getRange();
        if (range == null) {
            return change.getText();
        }
        int start = offsetAt(text, range.getStart());
        int end = offsetAt(text, range.getEnd());
        if (end < start) {
            int swap = start;
            start = end;
            end = swap;
        }
        return text.substring(0, start) + change.getText() + text.substring(end);
    }

    /**
     * The offset of an LSP position. A keystroke in a large document must not index all its lines: when every line
     * ends in a line feed alone, the line is found by skipping line feeds, which the JDK does fast.
     */
    private static int offsetAt(String text, Position position) {
        if (text.indexOf('\r') >= 0) {
            return new LineIndex(text).offsetAt(new SourcePosition(position.getLine(), position.getCharacter()));
        }
        int lineStart = 0;
        for (int line = 0; line < position.getLine(); line++) {
            int lineFeed = text.indexOf('\n', lineStart);
            if (lineFeed < 0) {
                return text.length();
            }
            lineStart = lineFeed + 1;
        }
        int lineEnd = text.indexOf('\n', lineStart);
        return Math.min(lineStart + Math.max(0, position.getCharacter()), lineEnd < 0 ? text.length() : lineEnd);
    }
}
