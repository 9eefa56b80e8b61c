package dev.cfnlsp.complete;

import dev.cfnlsp.template.LineIndex;
import dev.cfnlsp.template.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Keeps a completion list to a size worth sending to an editor: serialising the 10,000 names of a large template took
 * longer than finding them. A longer list is cut to the items that match what was typed (prefix matches first, then
 * those that hold the typed characters in order, as editors filter); a language server then marks the list
 * incomplete, so that the client asks again as the user types.
 */
public final class CompletionCap {
    public static final int MAX_ITEMS = 1_000;

    private CompletionCap() {
    }

    /** {@code completions} itself when it is short enough. */
    public static List<Completion> apply(List<Completion> completions, LineIndex lines, SourcePosition cursor) {
        if (completions.size() <= MAX_ITEMS) {
            return completions;
        }
        String typed = typed(completions.get(0), lines, cursor).toLowerCase(Locale.ROOT);
        List<Completion> prefixed = new ArrayList<>();
        List<Completion> scattered = new ArrayList<>();
        for (Completion completion : completions) {
            String candidate = matchedText(completion).toLowerCase(Locale.ROOT);
            if (candidate.startsWith(typed)) {
                prefixed.add(completion);
            } else if (TypeNameRanking.isSubsequence(typed, candidate)) {
                scattered.add(completion);
            }
            if (prefixed.size() >= MAX_ITEMS) {
                break;
            }
        }
        prefixed.addAll(scattered.subList(0, Math.min(scattered.size(), MAX_ITEMS - prefixed.size())));
        return prefixed;
    }

    /** What the user typed of the item: its range up to the cursor, without an opening quote. */
    private static String typed(Completion completion, LineIndex lines, SourcePosition cursor) {
        SourcePosition start = completion.range().start();
        if (start.line() != cursor.line() || start.character() > cursor.character() || cursor.line() >= lines.lineCount()) {
            return "";
        }
        String line = lines.lineText(cursor.line());
        String typed = line.substring(Math.min(start.character(), line.length()), Math.min(cursor.character(), line.length()));
        return typed.startsWith("\"") || typed.startsWith("'") ? typed.substring(1) : typed;
    }

    private static String matchedText(Completion completion) {
        return completion.filterText() != null ? completion.filterText() : completion.label();
    }
}
