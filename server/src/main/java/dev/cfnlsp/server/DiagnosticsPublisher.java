package dev.cfnlsp.server;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Publishes diagnostics for a document after a quiet period. A newer edit cancels the pending run, and a run whose
 * version went stale while it worked publishes nothing, so the client only ever sees diagnostics of its latest text.
 */
final class DiagnosticsPublisher {
    private static final Logger LOG = Logger.getLogger(DiagnosticsPublisher.class.getName());

    private final DocumentStore documents;
    private final AnalysisCache analyses;
    private final ScheduledExecutorService executor;
    private final LongSupplier debounceMillis;
    private final ConcurrentMap<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    private volatile LanguageClient client;

    DiagnosticsPublisher(DocumentStore documents, AnalysisCache analyses, ScheduledExecutorService executor,
                         LongSupplier debounceMillis) {
        this.documents = documents;
        this.analyses = analyses;
        this.executor = executor;
        this.debounceMillis = debounceMillis;
    }

    void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    void schedule(String uri) {
        ScheduledFuture<?> next = executor.schedule(() -> publish(uri), debounceMillis.getAsLong(), TimeUnit.MILLISECONDS);
        ScheduledFuture<?> previous = pending.put(uri, next);
        if (previous != null) {
            previous.cancel(false);
        }
    }

    void clear(String uri) {
        ScheduledFuture<?> previous = pending.remove(uri);
        if (previous != null) {
            previous.cancel(false);
        }
        executor.execute(() -> send(new PublishDiagnosticsParams(uri, List.of())));
    }

    private void publish(String uri) {
        documents.get(uri).ifPresent(document -> {
            try {
                Analysis analysis = analyses.analysisOf(document);
                boolean stillCurrent = documents.get(uri).filter(d -> d == document).isPresent();
                if (stillCurrent) {
                    send(new PublishDiagnosticsParams(uri, analysis.findings().stream().map(Diagnostics::of).toList(), document.version()));
                }
            } catch (RuntimeException | StackOverflowError e) {
                LOG.log(Level.SEVERE, "Analysis of " + uri + " failed", e);
            }
        });
    }

    private void send(PublishDiagnosticsParams params) {
        LanguageClient target = client;
        if (target != null) {
            target.publishDiagnostics(params);
        }
    }
}
