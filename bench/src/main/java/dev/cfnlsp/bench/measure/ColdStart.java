package dev.cfnlsp.bench.measure;

import dev.cfnlsp.bench.lsp.ServerJar;
import dev.cfnlsp.bench.lsp.ServerProcess;
import dev.cfnlsp.bench.report.LatencyRow;
import dev.cfnlsp.bench.report.LatencyTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Measures (4): fresh JVMs of the server jar over stdio, from process start to the {@code initialize} answer and to
 * the first diagnostics of a small template. One extra run first warms up the bench's side of the connection.
 */
public final class ColdStart {
    private final ServerJar jar;
    private final Path template;
    private final int runs;
    private final Duration timeout;

    public ColdStart(ServerJar jar, Path template, int runs, Duration timeout) {
        this.jar = jar;
        this.template = template;
        this.runs = runs;
        this.timeout = timeout;
    }

    public List<LatencyRow> run() throws Exception {
        String text = Files.readString(template);
        String uri = template.toAbsolutePath().toUri().toString();
        Samples initialized = new Samples();
        Samples diagnosed = new Samples();
        for (int run = 0; run <= runs; run++) {
            long start = System.nanoTime();
            try (ServerProcess server = ServerProcess.launch(jar)) {
                server.initialize(timeout);
                long initializedAt = System.nanoTime();
                server.open(uri, text);
                long diagnosedAt = server.diagnostics(uri, 1, timeout).receivedNanos();
                if (run > 0) {
                    initialized.add(initializedAt - start);
                    diagnosed.add(diagnosedAt - start);
                }
            }
        }
        String name = template.getFileName().toString();
        return List.of(
                new LatencyRow("cold start → `initialize` answered", "—", initialized, LatencyTarget.p95(400)),
                new LatencyRow("cold start → first publishDiagnostics", "`" + name + "`", diagnosed, LatencyTarget.p95(1_200)));
    }
}
