package dev.cfnlsp.bench.measure;

import dev.cfnlsp.bench.lsp.ServerJar;
import dev.cfnlsp.bench.report.FigureRow;
import dev.cfnlsp.bench.report.Figures;
import dev.cfnlsp.bench.report.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Measures (5): {@code cfn-lsp lint} and {@code cfn-lint} over the same corpus files, one process each as CI would run
 * them, for templates per second and peak RSS; cfn-lsp's figure is its fastest of the runs, cfn-lint runs once.
 */
public final class LintThroughput {
    private static final Duration CFN_LINT_TIMEOUT = Duration.ofMinutes(6);
    private static final int TARGET_RATIO = 20;

    private final ServerJar jar;
    private final Path corpus;
    private final String cfnLint;
    private final BenchPlan plan;

    public LintThroughput(ServerJar jar, Path corpus, String cfnLint, BenchPlan plan) {
        this.jar = jar;
        this.corpus = corpus;
        this.cfnLint = cfnLint;
        this.plan = plan;
    }

    public List<FigureRow> run() throws IOException, InterruptedException, TimeoutException {
        List<String> files = templates();
        List<String> arguments = new ArrayList<>(List.of("lint", "--format", "json"));
        arguments.addAll(files);
        List<String> ours = jar.command(arguments);
        TimedCommand fastest = null;
        for (int run = 0; run < plan.lintRuns(); run++) {
            TimedCommand result = TimedCommand.run(ours, plan.timeout());
            if (result.exitCode() > 1) {
                throw new IllegalStateException("cfn-lsp lint exited with " + result.exitCode() + " (bad input)");
            }
            fastest = fastest == null || result.nanos() < fastest.nanos() ? result : fastest;
        }
        List<String> theirs = new ArrayList<>(List.of(cfnLint));
        theirs.addAll(files);
        TimedCommand reference = TimedCommand.run(theirs, CFN_LINT_TIMEOUT);
        double ratio = perSecond(files.size(), fastest) / perSecond(files.size(), reference);
        return List.of(
                FigureRow.withoutTarget("`cfn-lsp lint`, " + files.size() + " corpus templates", figure(files.size(), fastest)),
                FigureRow.withoutTarget("`" + cfnLint + "` (" + version() + "), same templates", figure(files.size(), reference)),
                new FigureRow("lint throughput, cfn-lsp ÷ cfn-lint", Figures.decimal(ratio) + "×",
                        "≥ " + TARGET_RATIO + "×", Verdict.of(ratio >= TARGET_RATIO)));
    }

    private List<String> templates() throws IOException {
        try (Stream<Path> paths = Files.walk(corpus)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(ya?ml|json|template)"))
                    .sorted(Comparator.naturalOrder())
                    .limit(plan.corpusLimit())
                    .map(Path::toString)
                    .toList();
        }
    }

    private static double perSecond(int templates, TimedCommand run) {
        return templates / (run.nanos() / 1e9);
    }

    private static String figure(int templates, TimedCommand run) {
        return String.format(Locale.ROOT, "%.1f s, %s templates/s, peak RSS %s", run.nanos() / 1e9,
                Figures.decimal(perSecond(templates, run)), Figures.megabytes(run.peakRssKilobytes()));
    }

    private String version() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(cfnLint, "--version").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes()).trim();
        process.waitFor();
        return output;
    }
}
