package dev.cfnlsp.edit;

import dev.cfnlsp.rule.Finding;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.TextEdit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The edits of every safe fix of some findings, at most one fix per finding, dropping any fix whose edits would
 * overlap one already taken (it is picked up on the next round, once the text has changed).
 */
public final class SafeFixes {
    private SafeFixes() {
    }

    public static List<TextEdit> edits(List<Finding> findings, Predicate<Finding> wanted) {
        List<TextEdit> kept = new ArrayList<>();
        for (Finding finding : findings) {
            if (!wanted.test(finding)) {
                continue;
            }
            finding.fixes().stream().filter(Fix::safe).findFirst()
                    .filter(fix -> fix.edits().stream().noneMatch(edit -> overlapsAny(edit, kept)))
                    .ifPresent(fix -> kept.addAll(fix.edits()));
        }
        kept.sort(Comparator.comparing((TextEdit e) -> e.range().start()));
        return kept;
    }

    /** Two insertions at one point would interleave unpredictably, so touching counts as overlapping. */
    private static boolean overlapsAny(TextEdit edit, List<TextEdit> kept) {
        return kept.stream().anyMatch(other -> !edit.range().start().isAfter(other.range().end())
                && !other.range().start().isAfter(edit.range().end()));
    }
}
