package dev.cfnlsp.server;

import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;

/** Completion at a position; works from the last well-formed model plus the text around the cursor. */
final class CompletionProvider {
    static final List<String> TRIGGER_CHARACTERS = List.of(":", "!", "$", "{", ".", "\"", " ");

    List<CompletionItem> complete(CompletionParams params, OpenDocument document, Analysis analysis) {
        return List.of();
    }
}
