package dev.cfnlsp.cli;

import dev.cfnlsp.rule.Finding;
import java.io.PrintStream;
import java.util.List;

/** {@code path:line:col: severity rule-id: message}, one finding a line, 1-based like compilers print. */
final class TextFormatter implements ReportFormatter {

    @Override
    public void write(List<FileFindings> results, PrintStream out) {
        int count = 0;
        for (FileFindings file : results) {
            for (Finding finding : file.findings()) {
                out.printf("%s:%d:%d: %s %s: %s%n", file.path(), finding.range().start().line() + 1,
                        finding.range().start().character() + 1, finding.severity().label(), finding.ruleId(), finding.message());
                count++;
            }
        }
        out.printf("%d finding(s) in %d template(s).%n", count, results.size());
    }
}
