package dev.cfnlsp.bench.measure;

import dev.cfnlsp.bench.generate.Format;
import dev.cfnlsp.bench.generate.TemplateGenerator;
import dev.cfnlsp.bench.lsp.ServerJar;
import dev.cfnlsp.bench.lsp.ServerProcess;
import dev.cfnlsp.bench.report.FigureRow;
import dev.cfnlsp.bench.report.Figures;
import dev.cfnlsp.bench.report.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * Measures (6): the server jar, launched as editors launch it, with many templates open at once — the last one of the
 * largest size, the others between 20 and 300 resources like most real ones — once all have their diagnostics.
 */
public final class ServerMemory {
    private static final long TARGET_KILOBYTES = 300 * 1024;

    private final ServerJar jar;
    private final BenchPlan plan;

    public ServerMemory(ServerJar jar, BenchPlan plan) {
        this.jar = jar;
        this.plan = plan;
    }

    public List<FigureRow> run() throws Exception {
        String measure = String.format(Locale.ROOT, "server with %d open templates, one of %,d resources",
                plan.memoryDocuments(), plan.largestSize());
        try (ServerProcess server = ServerProcess.launch(jar)) {
            server.initialize(plan.timeout());
            List<String> uris = new ArrayList<>();
            for (int i = 0; i < plan.memoryDocuments(); i++) {
                int resources = i == plan.memoryDocuments() - 1 ? plan.largestSize() : 20 + i * 53 % 281;
                String uri = "file:///cfn-lsp-bench/workspace/stack-" + i + ".yaml";
                server.open(uri, TemplateGenerator.generate(resources, i, Format.YAML));
                uris.add(uri);
            }
            String waited = "";
            try {
                server.firstDiagnostics(uris, plan.timeout());
            } catch (TimeoutException e) {
                waited = " (still analysing: " + e.getMessage() + ")";
            }
            long resident = ProcessMemory.residentKilobytes(server.pid());
            long peak = ProcessMemory.peakResidentKilobytes(server.pid());
            ProcessMemory.Heap heap = ProcessMemory.heap(server.pid());
            ProcessMemory.collectGarbage(server.pid());
            long live = ProcessMemory.heap(server.pid()).usedKilobytes();
            String figure = String.format(Locale.ROOT, "RSS %s, peak %s; heap %s used of %s committed, %s live after a full GC%s",
                    Figures.megabytes(resident), Figures.megabytes(peak), Figures.megabytes(heap.usedKilobytes()),
                    Figures.megabytes(heap.committedKilobytes()), Figures.megabytes(live), waited);
            return List.of(new FigureRow(measure, figure, "peak RSS ≤ 300 MB",
                    Verdict.of(waited.isEmpty() && peak <= TARGET_KILOBYTES)));
        }
    }
}
