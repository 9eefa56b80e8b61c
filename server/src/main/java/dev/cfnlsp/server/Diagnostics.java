package dev.cfnlsp.server;

import dev.cfnlsp.rule.Finding;
import dev.cfnlsp.template.SourcePosition;
import dev.cfnlsp.template.SourceRange;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Conversions between the engine's types and LSP4J's. */
final class Diagnostics {
    static final String SOURCE = "cfn-lsp";
    /** Where each rule's explanation lives; the anchor is the rule id. */
    static final String RULES_DOCUMENTATION = "https://github.com/cfn-lsp/cfn-lsp/blob/main/docs/rules.md#";

    private Diagnostics() {
    }

    static Diagnostic of(Finding finding) {
        Diagnostic diagnostic = new Diagnostic(range(finding.range()), finding.message(), severity(finding), SOURCE);
        diagnostic.setCode(Either.forLeft(finding.ruleId()));
        diagnostic.setCodeDescription(new DiagnosticCodeDescription(RULES_DOCUMENTATION + finding.ruleId()));
        return diagnostic;
    }

    static Range range(SourceRange range) {
        return new Range(position(range.start()), position(range.end()));
    }

    static SourceRange sourceRange(Range range) {
        return new SourceRange(new SourcePosition(range.getStart().getLine(), range.getStart().getCharacter()),
                new SourcePosition(range.getEnd().getLine(), range.getEnd().getCharacter()));
    }

    private static Position position(SourcePosition position) {
        return new Position(position.line(), position.character());
    }

    private static DiagnosticSeverity severity(Finding finding) {
        return switch (finding.severity()) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
        };
    }
}
