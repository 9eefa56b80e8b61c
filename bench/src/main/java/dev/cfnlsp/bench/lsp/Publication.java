package dev.cfnlsp.bench.lsp;

import org.eclipse.lsp4j.PublishDiagnosticsParams;

/** A publishDiagnostics notification and when it arrived ({@link System#nanoTime()}). */
public record Publication(PublishDiagnosticsParams params, long receivedNanos) {
}
