package dev.cfnlsp.server;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** The editor side of a protocol test: records what the server sends. */
final class TestLanguageClient implements LanguageClient {
    private final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    final BlockingQueue<MessageParams> shownMessages = new LinkedBlockingQueue<>();
    final BlockingQueue<MessageParams> logMessages = new LinkedBlockingQueue<>();

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        diagnostics.add(params);
    }

    /** Waits for the next publication for {@code uri} that satisfies {@code accept}, skipping others. */
    PublishDiagnosticsParams awaitDiagnostics(String uri, Predicate<PublishDiagnosticsParams> accept, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            PublishDiagnosticsParams next = left <= 0 ? null : diagnostics.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                throw new AssertionError("no matching diagnostics for " + uri + " within " + timeout);
            }
            if (next.getUri().equals(uri) && accept.test(next)) {
                return next;
            }
        }
    }

    List<PublishDiagnosticsParams> drainDiagnostics() {
        List<PublishDiagnosticsParams> all = new java.util.ArrayList<>();
        diagnostics.drainTo(all);
        return all;
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void showMessage(MessageParams params) {
        shownMessages.add(params);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams params) {
        logMessages.add(params);
    }
}
