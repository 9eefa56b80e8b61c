package dev.cfnlsp.bench.report;

/** Whether a figure meets the project's target for it. */
public enum Verdict {
    MET("yes"), MISSED("**no**"), NO_TARGET("—");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public static Verdict of(boolean met) {
        return met ? MET : MISSED;
    }

    public String label() {
        return label;
    }
}
