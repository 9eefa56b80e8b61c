package dev.cfnlsp.analysis;

import dev.cfnlsp.rule.Finding;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.TextEdit;
import java.util.List;

/**
 * What the per-resource rules reported inside one resource's block. Reusable at another line only when every range
 * they carry (fix edits included) lies inside the block, so moving the block moves all of them.
 */
record ResourceFindings(ResourceBlock block, List<Finding> findings) {

    boolean relocatable() {
        return findings.isEmpty() || findings.stream().allMatch(this::inside);
    }

    /** The same findings for the block now at {@code moved}, which {@link ResourceBlock#movedFrom} this one. */
    ResourceFindings movedTo(ResourceBlock moved) {
        int lines = moved.start().line() - block.start().line();
        if (lines == 0) {
            return new ResourceFindings(moved, findings);
        }
        return new ResourceFindings(moved, findings.stream().map(f -> shift(f, lines)).toList());
    }

    private boolean inside(Finding finding) {
        return block.range().contains(finding.range()) && finding.fixes().stream()
                .flatMap(fix -> fix.edits().stream())
                .allMatch(edit -> block.range().contains(edit.range()));
    }

    private static Finding shift(Finding finding, int lines) {
        List<Fix> fixes = finding.fixes().stream()
                .map(fix -> new Fix(fix.title(), fix.edits().stream().map(e -> new TextEdit(e.range().shiftedBy(lines), e.newText())).toList(),
                        fix.preferred(), fix.safe()))
                .toList();
        return new Finding(finding.ruleId(), finding.severity(), finding.category(), finding.range().shiftedBy(lines),
                finding.message(), fixes);
    }

}
