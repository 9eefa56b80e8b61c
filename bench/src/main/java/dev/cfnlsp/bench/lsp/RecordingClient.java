package dev.cfnlsp.bench.lsp;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** The editor side: timestamps every publication the moment it arrives, and ignores messages and logs. */
final class RecordingClient implements LanguageClient {
    private final BlockingQueue<Publication> publications = new LinkedBlockingQueue<>();

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        publications.add(new Publication(params, System.nanoTime()));
    }

    /** The next publication for {@code uri} that {@code accept}s, skipping others. */
    Publication await(String uri, Predicate<PublishDiagnosticsParams> accept, Duration timeout)
            throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Publication next = publications.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (next == null) {
                throw new TimeoutException("no diagnostics within " + timeout.toSeconds() + " s");
            }
            if (next.params().getUri().equals(uri) && accept.test(next.params())) {
                return next;
            }
        }
    }

    /** Waits until every one of {@code uris} has had a publication that {@code accept}s. */
    void awaitAll(Collection<String> uris, Predicate<PublishDiagnosticsParams> accept, Duration timeout)
            throws InterruptedException, TimeoutException {
        Set<String> pending = new HashSet<>(uris);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!pending.isEmpty()) {
            Publication next = publications.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (next == null) {
                throw new TimeoutException(pending.size() + " without diagnostics after " + timeout.toSeconds() + " s");
            }
            if (accept.test(next.params())) {
                pending.remove(next.params().getUri());
            }
        }
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void showMessage(MessageParams params) {
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams params) {
    }
}
