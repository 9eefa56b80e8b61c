package dev.cfnlsp.analysis;

import dev.cfnlsp.rule.Finding;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.TextEdit;
import dev.cfnlsp.template.LineIndex;
import dev.cfnlsp.template.SourcePosition;
import dev.cfnlsp.template.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Carries positions of the previous version over to this one where the text around them is the same in both: before
 * the first resource and after the last (equal {@link Surroundings}), and inside a resource block that at most moved.
 * Positions anywhere else (a changed block, between blocks) have no counterpart, and a finding with one is found anew.
 */
final class Relocation {
    private final LineIndex before;
    private final LineIndex after;
    private final int head;
    private final int oldTail;
    private final int tailShift;
    /** Old blocks that only moved, in document order, with their new start offsets. */
    private final List<ResourceBlock> moved;
    private final int[] movedTo;

    private Relocation(LineIndex before, LineIndex after, int head, int oldTail, int tailShift,
                       List<ResourceBlock> moved, int[] movedTo) {
        this.before = before;
        this.after = after;
        this.head = head;
        this.oldTail = oldTail;
        this.tailShift = tailShift;
        this.moved = moved;
        this.movedTo = movedTo;
    }

    /**
     * @param oldBlocks the previous version's blocks, in document order, whose surroundings equal this version's
     * @param newBlocks this version's blocks by logical id
     * @param onlyMoved the logical ids whose block has the same text in both versions
     */
    static Relocation between(LineIndex before, List<ResourceBlock> oldBlocks, LineIndex after, Map<String, ResourceBlock> newBlocks,
                              Set<String> onlyMoved) {
        List<ResourceBlock> moved = new ArrayList<>();
        List<Integer> movedTo = new ArrayList<>();
        for (ResourceBlock old : oldBlocks) {
            if (onlyMoved.contains(old.name())) {
                moved.add(old);
                movedTo.add(newBlocks.get(old.name()).startOffset());
            }
        }
        int head = oldBlocks.isEmpty() ? 0 : oldBlocks.get(0).startOffset();
        int oldTail = Math.max(head, oldBlocks.stream().mapToInt(ResourceBlock::endOffset).max().orElse(head));
        int newHead = newBlocks.values().stream().mapToInt(ResourceBlock::startOffset).min().orElse(0);
        int newTail = Math.max(newHead, newBlocks.values().stream().mapToInt(ResourceBlock::endOffset).max().orElse(newHead));
        return new Relocation(before, after, head, oldTail, newTail - oldTail, moved,
                movedTo.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The findings at their places in this version, or empty when any range of any of them has no counterpart. */
    Optional<List<Finding>> map(List<Finding> findings) {
        List<Finding> relocated = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Optional<Finding> moved = map(finding);
            if (moved.isEmpty()) {
                return Optional.empty();
            }
            relocated.add(moved.get());
        }
        return Optional.of(relocated);
    }

    private Optional<Finding> map(Finding finding) {
        Optional<SourceRange> range = map(finding.range());
        List<Fix> fixes = new ArrayList<>(finding.fixes().size());
        for (Fix fix : finding.fixes()) {
            List<TextEdit> edits = new ArrayList<>(fix.edits().size());
            for (TextEdit edit : fix.edits()) {
                Optional<SourceRange> editRange = map(edit.range());
                if (editRange.isEmpty()) {
                    return Optional.empty();
                }
                edits.add(new TextEdit(editRange.get(), edit.newText()));
            }
            fixes.add(new Fix(fix.title(), edits, fix.preferred(), fix.safe()));
        }
        return range.map(r -> new Finding(finding.ruleId(), finding.severity(), finding.category(), r, finding.message(), fixes));
    }

    private Optional<SourceRange> map(SourceRange range) {
        Optional<SourcePosition> start = map(range.start());
        Optional<SourcePosition> end = map(range.end());
        return start.isPresent() && end.isPresent() ? Optional.of(new SourceRange(start.get(), end.get())) : Optional.empty();
    }

    private Optional<SourcePosition> map(SourcePosition position) {
        int offset = before.offsetAt(position);
        if (!before.positionAt(offset).equals(position)) {
            return Optional.empty();
        }
        if (offset <= head) {
            return Optional.of(after.positionAt(offset));
        }
        if (offset >= oldTail) {
            return Optional.of(after.positionAt(offset + tailShift));
        }
        int index = lastStartingAtOrBefore(offset);
        if (index >= 0 && offset <= moved.get(index).endOffset()) {
            return Optional.of(after.positionAt(offset - moved.get(index).startOffset() + movedTo[index]));
        }
        return Optional.empty();
    }

    private int lastStartingAtOrBefore(int offset) {
        int low = 0;
        int high = moved.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (moved.get(middle).startOffset() > offset) {
                high = middle - 1;
            } else {
                low = middle + 1;
            }
        }
        return high;
    }
}
