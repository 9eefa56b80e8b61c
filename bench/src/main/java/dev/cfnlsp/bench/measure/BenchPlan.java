package dev.cfnlsp.bench.measure;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How much of everything a run measures. Each phase stops at its run count or its time budget, whichever comes first,
 * so a slow server yields fewer runs rather than a longer bench; {@code timeout} bounds any single wait.
 */
public record BenchPlan(
        List<Integer> sizes,
        Map<Integer, Phase> opens,
        Map<Integer, Phase> edits,
        Phase requests,
        int warmUps,
        int coldStarts,
        int lintRuns,
        int corpusLimit,
        int memoryDocuments,
        Duration timeout) {

    /** Sized for about ten minutes on two cores, most of it cfn-lint's run over the corpus. */
    public static final BenchPlan FULL = new BenchPlan(
            List.of(100, 2_000, 10_000),
            Map.of(100, new Phase(50, seconds(15)), 2_000, new Phase(10, seconds(20)), 10_000, new Phase(5, seconds(30))),
            Map.of(100, new Phase(300, seconds(25)), 2_000, new Phase(100, seconds(40)), 10_000, new Phase(100, seconds(60))),
            new Phase(100, seconds(10)),
            30, 10, 3, Integer.MAX_VALUE, 50, Duration.ofSeconds(120));

    /** A smoke run of a minute or two: the two smaller sizes, a few runs each, a slice of the corpus. */
    public static final BenchPlan QUICK = new BenchPlan(
            List.of(100, 2_000),
            Map.of(100, new Phase(5, seconds(5)), 2_000, new Phase(3, seconds(10))),
            Map.of(100, new Phase(20, seconds(5)), 2_000, new Phase(5, seconds(10))),
            new Phase(10, seconds(3)),
            5, 3, 1, 20, 10, Duration.ofSeconds(60));

    /** This plan for a few of its template sizes only, e.g. to profile one. */
    public BenchPlan onlySizes(List<Integer> chosen) {
        if (!sizes.containsAll(chosen) || chosen.isEmpty()) {
            throw new IllegalArgumentException("sizes must be some of " + sizes + ", not " + chosen);
        }
        return new BenchPlan(sizes.stream().filter(chosen::contains).toList(), opens, edits, requests, warmUps, coldStarts,
                lintRuns, corpusLimit, memoryDocuments, timeout);
    }

    public int largestSize() {
        return sizes.get(sizes.size() - 1);
    }

    private static Duration seconds(int seconds) {
        return Duration.ofSeconds(seconds);
    }
}
