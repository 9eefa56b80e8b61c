package dev.cfnlsp.bench.measure;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * How long one measurement may sample: up to {@code runs} runs, and no new run once {@code budget} has passed (the
 * first always runs). A run that times out ends the phase with what it has.
 */
public record Phase(int runs, Duration budget) {

    /** One run; returns its duration in nanoseconds. */
    @FunctionalInterface
    public interface Run {
        long nanos() throws Exception;
    }

    public Samples sample(Run run) throws Exception {
        Samples samples = new Samples();
        long deadline = System.nanoTime() + budget.toNanos();
        while (samples.count() < runs && (samples.count() == 0 || System.nanoTime() < deadline)) {
            try {
                samples.add(run.nanos());
            } catch (TimeoutException e) {
                samples.stop(e.getMessage());
                break;
            }
        }
        return samples;
    }
}
