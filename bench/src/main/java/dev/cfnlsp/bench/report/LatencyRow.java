package dev.cfnlsp.bench.report;

import dev.cfnlsp.bench.measure.Samples;

/** One latency measurement: what was timed, at which template size, and how it compares with its target. */
public record LatencyRow(String measure, String template, Samples samples, LatencyTarget target) {
}
