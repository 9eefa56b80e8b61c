package dev.cfnlsp.bench.measure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Durations of repeated runs of one measurement, and why it stopped early if it did (a run that timed out). */
public final class Samples {
    private final List<Long> nanos = new ArrayList<>();
    private Optional<String> stoppedBy = Optional.empty();

    /** A measurement that could not start, e.g. because the one before it timed out. */
    static Samples notRun(String reason) {
        Samples samples = new Samples();
        samples.stop(reason);
        return samples;
    }

    void add(long durationNanos) {
        nanos.add(durationNanos);
    }

    void stop(String reason) {
        stoppedBy = Optional.of(reason);
    }

    public Optional<String> stoppedBy() {
        return stoppedBy;
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

    /** Every duration, in the order the runs were made (to see warm-up or a collector's rhythm). */
    public List<Double> inRunOrderMillis() {
        return nanos.stream().map(n -> n / 1e6).toList();
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
