package dev.cfnlsp.bench.report;

import java.util.Locale;

/** How the report writes numbers. */
public final class Figures {
    private Figures() {
    }

    /** Milliseconds: one decimal below 10, whole numbers up to 10 s, then seconds. */
    public static String millis(double millis) {
        if (Double.isNaN(millis)) {
            return "—";
        }
        if (millis < 10) {
            return String.format(Locale.ROOT, "%.1f ms", millis);
        }
        return millis < 10_000 ? String.format(Locale.ROOT, "%,.0f ms", millis) : String.format(Locale.ROOT, "%,.1f s", millis / 1000);
    }

    public static String megabytes(long kilobytes) {
        return String.format(Locale.ROOT, "%,d MB", Math.round(kilobytes / 1024.0));
    }

    public static String decimal(double value) {
        return String.format(Locale.ROOT, "%,.1f", value);
    }
}
