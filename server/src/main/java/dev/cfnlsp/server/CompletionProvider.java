package dev.cfnlsp.server;

import dev.cfnlsp.complete.Completion;
import dev.cfnlsp.complete.CompletionCap;
import dev.cfnlsp.complete.CompletionEngine;
import dev.cfnlsp.complete.CompletionKind;
import dev.cfnlsp.schema.SchemaBundle;
import dev.cfnlsp.template.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.InsertTextMode;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Completion at a position; works from the last well-formed model plus the text around the cursor. */
final class CompletionProvider {
    /**
     * ":" and " " for values after {@code Type:} or {@code !Ref }, "." for GetAtt attributes, "{" for {@code ${} in Sub
     * strings and JSON keys, "[" for list arguments ({@code !If [}), '"' for JSON strings.
     */
    static final List<String> TRIGGER_CHARACTERS = List.of(":", " ", ".", "{", "[", "\"");

    private final CompletionEngine engine = new CompletionEngine(SchemaBundle::shared);
    private final Function<String, List<String>> targetRegions;

    CompletionProvider(Function<String, List<String>> targetRegions) {
        this.targetRegions = targetRegions;
    }

    /**
     * Resource types and resource snippets are ranked and filtered by what was typed, and long lists cut to what
     * matches it ({@link CompletionCap}), so those lists are marked incomplete: the client asks again as the user types
     * instead of filtering the first answer.
     */
    CompletionList complete(CompletionParams params, OpenDocument document, Analysis analysis) {
        SourcePosition position = new SourcePosition(params.getPosition().getLine(), params.getPosition().getCharacter());
        List<Completion> found = engine.complete(document.text(), position, analysis.lastWellFormed(),
                targetRegions.apply(document.uri()));
        List<Completion> completions = CompletionCap.apply(found, analysis.template().lines(), position);
        List<CompletionItem> items = new ArrayList<>(completions.size());
        for (int i = 0; i < completions.size(); i++) {
            items.add(item(completions.get(i), i));
        }
        boolean incomplete = found.size() > CompletionCap.MAX_ITEMS || completions.stream().anyMatch(c -> c.kind() == CompletionKind.RESOURCE_TYPE
                || c.kind() == CompletionKind.RESOURCE_SNIPPET);
        return new CompletionList(incomplete, items);
    }

    private static CompletionItem item(Completion completion, int rank) {
        CompletionItem item = new CompletionItem(completion.label());
        item.setKind(kind(completion.kind()));
        item.setDetail(completion.detail());
        item.setTextEdit(Either.forLeft(new TextEdit(Diagnostics.range(completion.range()), completion.insertText())));
        item.setInsertTextFormat(completion.snippet() ? InsertTextFormat.Snippet : InsertTextFormat.PlainText);
        // Multi-line snippets carry their own indentation; an editor must not add the line's indentation again.
        item.setInsertTextMode(InsertTextMode.AsIs);
        item.setFilterText(completion.filterText());
        item.setSortText(String.format("%05d", rank));
        return item;
    }

    private static CompletionItemKind kind(CompletionKind kind) {
        return switch (kind) {
            case SECTION -> CompletionItemKind.Module;
            case PROPERTY -> CompletionItemKind.Property;
            case VALUE -> CompletionItemKind.EnumMember;
            case RESOURCE_TYPE -> CompletionItemKind.Class;
            case PARAMETER -> CompletionItemKind.Variable;
            case RESOURCE -> CompletionItemKind.Reference;
            case PSEUDO_PARAMETER -> CompletionItemKind.Constant;
            case ATTRIBUTE -> CompletionItemKind.Field;
            case CONDITION -> CompletionItemKind.Event;
            case MAPPING, MAPPING_KEY -> CompletionItemKind.Struct;
            case RESOURCE_SNIPPET -> CompletionItemKind.Snippet;
            case FUNCTION -> CompletionItemKind.Function;
        };
    }
}
