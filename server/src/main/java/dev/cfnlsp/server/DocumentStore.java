package dev.cfnlsp.server;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/** The text of every open document, updated on the message thread as the client edits. */
final class DocumentStore {
    private final ConcurrentMap<String, OpenDocument> documents = new ConcurrentHashMap<>();

    void open(String uri, int version, String text) {
        documents.put(uri, new OpenDocument(uri, version, text));
    }

    /** Applies the client's edits; returns false when the document is not open (the change is then ignored). */
    boolean change(String uri, int version, List<TextDocumentContentChangeEvent> changes) {
        OpenDocument updated = documents.computeIfPresent(uri,
                (key, current) -> new OpenDocument(uri, version, TextChanges.apply(current.text(), changes)));
        return updated != null;
    }

    void close(String uri) {
        documents.remove(uri);
    }

    Optional<OpenDocument> get(String uri) {
        return Optional.ofNullable(documents.get(uri));
    }

    Set<String> uris() {
        return Set.copyOf(documents.keySet());
    }
}
