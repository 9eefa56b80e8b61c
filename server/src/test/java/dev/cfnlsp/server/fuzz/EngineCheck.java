package dev.cfnlsp.server.fuzz;

import dev.cfnlsp.edit.SafeFixes;
import dev.cfnlsp.edit.TextEdits;
import dev.cfnlsp.rule.AnalysisSettings;
import dev.cfnlsp.rule.Analyzer;
import dev.cfnlsp.rule.Finding;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.TextEdit;
import dev.cfnlsp.template.ParseProblem;
import dev.cfnlsp.template.SourceRange;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.LogRecord;

/**
 * The engine and the CLI's fixer, called directly: {@code TemplateParser} never throws, every problem, finding and
 * fix edit lies inside the document, no rule fails (the analyzer logs a failing rule at SEVERE and drops its
 * findings, which would hide the bug), and {@code fix} output parses whenever its input did.
 */
public final class EngineCheck {
    private final TemplateParser parser = new TemplateParser();
    private final Analyzer analyzer;
    private final CliAccess cli;
    private final LogCapture logs;

    public EngineCheck(Analyzer analyzer, LogCapture logs) {
        this.analyzer = analyzer;
        this.cli = new CliAccess(analyzer);
        this.logs = logs;
    }

    /** What the engine made of a text; {@code template} is empty when parsing threw. */
    public record Outcome(Optional<Template> template, List<Finding> findings, List<Failure> failures) {
        public boolean wellFormed() {
            return template.map(Template::isWellFormed).orElse(false);
        }
    }

    public Outcome analyse(String uri, String text) {
        List<Failure> failures = new ArrayList<>();
        Template template;
        try {
            template = parser.parse(uri, text);
        } catch (Throwable e) {
            failures.add(Failure.thrown("engine", "parse-threw", e));
            return new Outcome(Optional.empty(), List.of(), failures);
        }
        DocumentBounds bounds = DocumentBounds.of(text);
        for (ParseProblem problem : template.problems()) {
            outside(bounds, problem.range()).ifPresent(why -> failures.add(Failure.of("engine", "problem-range",
                    problem.kind().name() + ":" + Failure.rangeKind(why), why + " in problem " + problem)));
        }
        List<Finding> findings;
        try {
            findings = analyzer.analyze(template, AnalysisSettings.DEFAULT);
        } catch (Throwable e) {
            failures.add(Failure.thrown("engine", "analyze-threw", e));
            return new Outcome(Optional.of(template), List.of(), failures);
        }
        for (Finding finding : findings) {
            outside(bounds, finding.range()).ifPresent(why -> failures.add(Failure.of("engine", "finding-range",
                    finding.ruleId() + ":" + Failure.rangeKind(why), why + " in finding " + finding)));
            for (Fix fix : finding.fixes()) {
                for (TextEdit edit : fix.edits()) {
                    outside(bounds, edit.range()).ifPresent(why -> failures.add(Failure.of("engine", "fix-edit-range",
                            finding.ruleId() + ":" + Failure.rangeKind(why), why + " in edit " + edit + " of fix '" + fix.title() + "' of " + finding)));
                }
            }
        }
        try {
            TextEdits.apply(text, SafeFixes.edits(findings, f -> true));
        } catch (Throwable e) {
            failures.add(Failure.thrown("engine", "safe-fixes-threw", e));
        }
        failures.addAll(loggedFailures("engine"));
        return new Outcome(Optional.of(template), findings, failures);
    }

    /** {@code TemplateFixer}: no exception, and the output parses whenever the input did (else it is the input). */
    public List<Failure> fix(String path, String text, boolean inputWellFormed) {
        List<Failure> failures = new ArrayList<>();
        String fixed;
        try {
            fixed = cli.fix(path, text);
        } catch (Throwable e) {
            failures.add(Failure.thrown("fix", "threw", e));
            failures.addAll(loggedFailures("fix"));
            return failures;
        }
        if (!fixed.equals(text)) {
            Template after = parser.parse(path, fixed);
            if (!after.isWellFormed()) {
                failures.add(Failure.of("fix", "unparseable-output", inputWellFormed ? "from-well-formed" : "from-broken",
                        "fixed text does not parse: " + after.problems()));
            }
        }
        failures.addAll(loggedFailures("fix"));
        return failures;
    }

    /** A rule that threw is logged (SEVERE) by the analyzer and its findings dropped: that is a bug too. */
    public List<Failure> loggedFailures(String path) {
        List<Failure> failures = new ArrayList<>();
        for (LogRecord record : logs.drain()) {
            String what = record.getThrown() != null ? Failure.signatureOf(record.getThrown())
                    : String.valueOf(record.getMessage()).replaceAll("[0-9]+", "N");
            String rule = String.valueOf(record.getMessage()).replaceAll("^Rule (\\S+) failed.*$", "$1");
            failures.add(Failure.of(path, "logged-" + record.getLevel(),
                    (rule.equals(record.getMessage()) ? "" : rule + ":") + what, LogCapture.describe(record)));
        }
        return failures;
    }

    public static Optional<String> outside(DocumentBounds bounds, SourceRange range) {
        return bounds.checkRange(range.start().line(), range.start().character(), range.end().line(), range.end().character());
    }
}
