package dev.cfnlsp.bench.report;

/** A throughput or memory figure, already written out, with its target. */
public record FigureRow(String measure, String figure, String target, Verdict verdict) {

    public static FigureRow withoutTarget(String measure, String figure) {
        return new FigureRow(measure, figure, "—", Verdict.NO_TARGET);
    }
}
