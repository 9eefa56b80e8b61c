package dev.cfnlsp.bench.measure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations of repeated runs of one measurement; {@code timedOut} when a run did not finish within its limit. */
public final class Samples {
    private final List<Long> nanos = new ArrayList<>();
    private boolean timedOut;

    void add(long durationNanos) {
        nanos.add(durationNanos);
    }

    void markTimedOut() {
        timedOut = true;
    }

    public boolean timedOut() {
        return timedOut;
    }

    public int count() {
        return nanos.size();
    }

    public double p50Millis() {
        return percentileMillis(50);
    }

    public double p95Millis() {
        return percentileMillis(95);
    }

    public double maxMillis() {
        return percentileMillis(100);
    }

    /** Nearest-rank percentile; NaN without samples. */
    private double percentileMillis(int percent) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1) / 1e6;
    }
}
