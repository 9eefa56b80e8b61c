package dev.cfnlsp.server;

import dev.cfnlsp.template.LineIndex;
import dev.cfnlsp.template.SourcePosition;
import java.util.List;
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
        LineIndex lines = new LineIndex(text);
        int start = lines.offsetAt(new SourcePosition(range.getStart().getLine(), range.getStart().getCharacter()));
        int end = lines.offsetAt(new SourcePosition(range.getEnd().getLine(), range.getEnd().getCharacter()));
        if (end < start) {
            int swap = start;
            start = end;
            end = swap;
        }
        return text.substring(0, start) + change.getText() + text.substring(end);
    }
}
