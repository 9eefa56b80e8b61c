package dev.cfnlsp.server;

import dev.cfnlsp.navigate.Rename;
import dev.cfnlsp.navigate.Symbol;
import dev.cfnlsp.template.Template;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/** Renames parameters, resources, conditions, mappings and outputs with every reference to them. */
final class RenameProvider {

    /** The range and current name to rename, or empty where nothing can be renamed (the client then says so). */
    Optional<PrepareRenameResult> prepare(Template template, Position position) {
        return NavigationProvider.symbolAt(template, position)
                .map(symbol -> new PrepareRenameResult(Diagnostics.range(symbol.rangeAtCursor()), symbol.name()));
    }

    WorkspaceEdit rename(String uri, Template template, Position position, String newName) {
        Symbol symbol = NavigationProvider.symbolAt(template, position).orElseThrow(() -> invalid(
                "Only logical ids (parameters, resources, conditions, mappings, outputs) can be renamed."));
        Rename.Result result = Rename.of(template, symbol, newName);
        if (result.refusal().isPresent()) {
            throw invalid(result.refusal().get());
        }
        List<TextEdit> edits = result.edits().stream()
                .map(edit -> new TextEdit(Diagnostics.range(edit.range()), edit.newText()))
                .toList();
        return new WorkspaceEdit(Map.of(uri, edits));
    }

    private static ResponseErrorException invalid(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
    }
}
