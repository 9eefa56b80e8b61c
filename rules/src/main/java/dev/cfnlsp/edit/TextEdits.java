package dev.cfnlsp.edit;

import dev.cfnlsp.rule.TextEdit;
import dev.cfnlsp.template.LineIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applies non-overlapping edits to a text, as an editor would. */
public final class TextEdits {
    private TextEdits() {
    }

    public static String apply(String text, List<TextEdit> edits) {
        LineIndex lines = new LineIndex(text);
        List<TextEdit> backToFront = new ArrayList<>(edits);
        backToFront.sort(Comparator.comparing((TextEdit e) -> e.range().start()).reversed());
        StringBuilder result = new StringBuilder(text);
        int limit = text.length();
        for (TextEdit edit : backToFront) {
            int start = lines.offsetAt(edit.range().start());
            int end = lines.offsetAt(edit.range().end());
            if (end > limit) {
                throw new IllegalArgumentException("Overlapping edits at " + edit.range());
            }
            result.replace(start, end, edit.newText());
            limit = start;
        }
        return result.toString();
    }
}
