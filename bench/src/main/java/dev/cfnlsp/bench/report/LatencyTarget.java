package dev.cfnlsp.bench.report;

import dev.cfnlsp.bench.measure.Samples;

/** Upper bounds on a latency's p50 and p95 in milliseconds; an unset bound is infinite. */
public record LatencyTarget(double p50Millis, double p95Millis) {
    public static final LatencyTarget NONE = new LatencyTarget(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);

    public static LatencyTarget p50AndP95(double p50Millis, double p95Millis) {
        return new LatencyTarget(p50Millis, p95Millis);
    }

    public static LatencyTarget p95(double millis) {
        return new LatencyTarget(Double.POSITIVE_INFINITY, millis);
    }

    public String text() {
        if (this.equals(NONE)) {
            return "—";
        }
        String p95 = "p95 ≤ " + Figures.millis(p95Millis);
        return Double.isInfinite(p50Millis) ? p95 : "p50 ≤ " + Figures.millis(p50Millis) + ", " + p95;
    }

    /** A measurement with no completed run, or one stopped by a timeout, misses any target. */
    public Verdict verdict(Samples samples) {
        if (this.equals(NONE)) {
            return Verdict.NO_TARGET;
        }
        return Verdict.of(samples.count() > 0 && samples.stoppedBy().isEmpty()
                && samples.p50Millis() <= p50Millis && samples.p95Millis() <= p95Millis);
    }
}
