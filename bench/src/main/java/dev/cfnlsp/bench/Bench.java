package dev.cfnlsp.bench;

import dev.cfnlsp.bench.generate.Format;
import dev.cfnlsp.bench.measure.BenchPlan;
import dev.cfnlsp.bench.measure.ColdStart;
import dev.cfnlsp.bench.measure.EditorSession;
import dev.cfnlsp.bench.measure.LintThroughput;
import dev.cfnlsp.bench.measure.ServerMemory;
import dev.cfnlsp.bench.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Runs the chosen measurements in order and prints the report; progress goes to stderr. */
final class Bench {
    private final BenchOptions options;
    private final BenchPlan plan;
    private final Report report = new Report();

    Bench(BenchOptions options) {
        this.options = options;
        BenchPlan chosen = options.quick() ? BenchPlan.QUICK : BenchPlan.FULL;
        this.plan = options.sizes().map(chosen::onlySizes).orElse(chosen);
    }

    void run() throws Exception {
        if (!Files.isRegularFile(options.server().jar())) {
            throw new IllegalStateException(options.server().jar() + " is missing: build it first, mvn -q -pl bench -am package -DskipTests");
        }
        long start = System.nanoTime();
        String loadBefore = loadAverage();
        for (String measurement : options.measurements()) {
            switch (measurement) {
                case "editing" -> {
                    for (Format format : options.formats()) {
                        for (int size : plan.sizes()) {
                            progress("editing " + format + " at " + size + " resources");
                            new EditorSession(options.server(), plan, format).run(size).forEach(report::add);
                        }
                    }
                }
                case "cold-start" -> {
                    progress("cold starts");
                    new ColdStart(options.server(), options.coldStartTemplate(), plan.coldStarts(), plan.timeout()).run().forEach(report::add);
                }
                case "lint" -> {
                    progress("lint throughput (cfn-lint takes minutes)");
                    new LintThroughput(options.server(), options.corpus(), options.cfnLint(), plan).run().forEach(report::add);
                }
                case "memory" -> {
                    progress("server memory");
                    new ServerMemory(options.server(), plan).run().forEach(report::add);
                }
                default -> throw new IllegalArgumentException(measurement);
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        report.context(String.format("cfn-lsp bench, %s run of %s, %s UTC: %d cores, Java %s, load average %s before and %s after; took %d min %d s.",
                options.quick() ? "quick" : "full", String.join(", ", options.measurements()),
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadBefore, loadAverage(),
                took.toMinutes(), took.toSecondsPart()));
        report.context("Server: `" + options.server().describe() + " serve` over stdio, a fresh JVM per template size, debounceMs 0.");
        System.out.print(report.markdown());
        if (options.json().isPresent()) {
            report.writeJson(options.json().get());
        }
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private static void progress(String step) {
        System.err.println("bench: " + step + "…");
    }
}
