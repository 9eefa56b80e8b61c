package dev.cfnlsp.cli;

import dev.cfnlsp.edit.SafeFixes;
import dev.cfnlsp.edit.TextEdits;
import dev.cfnlsp.rule.AnalysisSettings;
import dev.cfnlsp.rule.Analyzer;
import dev.cfnlsp.rule.Finding;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.TextEdit;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateParser;
import java.util.List;
import java.util.function.Predicate;

/**
 * Applies safe fixes to a template's text until none is left: fixes whose edits overlap wait for the next round,
 * and a round whose result would not parse is dropped, so the text never gets worse.
 */
final class TemplateFixer {
    private static final int MAX_ROUNDS = 10;

    private final Analyzer analyzer;
    private final TemplateParser parser = new TemplateParser();

    TemplateFixer(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    record Result(String text, int fixed) {
    }

    Result fix(String path, String text, AnalysisSettings settings, Predicate<Finding> wanted) {
        String current = text;
        List<Finding> findings = analyzer.analyze(parser.parse(path, current), settings);
        int fixableBefore = fixable(findings, wanted);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<TextEdit> edits = SafeFixes.edits(findings, wanted);
            if (edits.isEmpty()) {
                break;
            }
            String next = TextEdits.apply(current, edits);
            Template fixed = parser.parse(path, next);
            if (!fixed.isWellFormed()) {
                break;
            }
            current = next;
            findings = analyzer.analyze(fixed, settings);
        }
        return new Result(current, fixableBefore - fixable(findings, wanted));
    }

    private static int fixable(List<Finding> findings, Predicate<Finding> wanted) {
        return (int) findings.stream().filter(wanted).filter(f -> f.fixes().stream().anyMatch(Fix::safe)).count();
    }
}
