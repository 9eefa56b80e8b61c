package dev.cfnlsp.server;

import dev.cfnlsp.edit.SafeFixes;
import dev.cfnlsp.rule.Finding;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.TextEdit;
import dev.cfnlsp.template.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Turns the fixes of the findings under the cursor into quick fixes, and every safe fix into "fix all". */
final class CodeActionProvider {
    static final String FIX_ALL_KIND = CodeActionKind.SourceFixAll + ".cfn-lsp";

    private final boolean documentChanges;

    CodeActionProvider(boolean clientSupportsDocumentChanges) {
        this.documentChanges = clientSupportsDocumentChanges;
    }

    List<CodeAction> actions(CodeActionParams params, Analysis analysis) {
        List<String> only = params.getContext() == null || params.getContext().getOnly() == null ? List.of() : params.getContext().getOnly();
        String uri = params.getTextDocument().getUri();
        List<CodeAction> actions = new ArrayList<>();
        if (wants(only, CodeActionKind.QuickFix)) {
            SourceRange requested = Diagnostics.sourceRange(params.getRange());
            for (Finding finding : analysis.findings()) {
                if (overlaps(finding.range(), requested)) {
                    finding.fixes().forEach(fix -> actions.add(quickFix(uri, analysis.version(), finding, fix)));
                }
            }
        }
        if (wants(only, FIX_ALL_KIND)) {
            List<TextEdit> edits = SafeFixes.edits(analysis.findings(), finding -> true);
            if (!edits.isEmpty()) {
                CodeAction fixAll = new CodeAction("Fix all safely fixable cfn-lsp problems");
                fixAll.setKind(FIX_ALL_KIND);
                fixAll.setEdit(workspaceEdit(uri, analysis.version(), edits));
                actions.add(fixAll);
            }
        }
        return actions;
    }

    /** An empty "only" means every kind; otherwise a kind matches itself and its sub-kinds. */
    private static boolean wants(List<String> only, String kind) {
        return only.isEmpty() || only.stream().anyMatch(requested -> kind.equals(requested) || kind.startsWith(requested + "."));
    }

    /** Touching counts: a cursor right after a flagged word still gets its fixes. */
    private static boolean overlaps(SourceRange a, SourceRange b) {
        return !b.start().isAfter(a.end()) && !a.start().isAfter(b.end());
    }

    private CodeAction quickFix(String uri, int version, Finding finding, Fix fix) {
        CodeAction action = new CodeAction(fix.title());
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(Diagnostics.of(finding)));
        action.setIsPreferred(fix.preferred());
        action.setEdit(workspaceEdit(uri, version, fix.edits()));
        return action;
    }

    private WorkspaceEdit workspaceEdit(String uri, int version, List<TextEdit> edits) {
        List<org.eclipse.lsp4j.TextEdit> lspEdits = edits.stream()
                .map(edit -> new org.eclipse.lsp4j.TextEdit(Diagnostics.range(edit.range()), edit.newText()))
                .toList();
        if (documentChanges) {
            TextDocumentEdit documentEdit = new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri, version), lspEdits);
            return new WorkspaceEdit(List.of(Either.forLeft(documentEdit)));
        }
        return new WorkspaceEdit(Map.of(uri, lspEdits));
    }
}
