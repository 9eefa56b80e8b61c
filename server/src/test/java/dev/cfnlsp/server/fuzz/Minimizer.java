package dev.cfnlsp.server.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Shrinks a failing input while it keeps failing the same way: delta debugging over lines, then over characters
 * (removing ever smaller chunks), then shortening long runs of one character. Bounded by a number of attempts.
 */
public final class Minimizer {
    private final Predicate<String> stillFails;
    private int attemptsLeft;

    private Minimizer(Predicate<String> stillFails, int attempts) {
        this.stillFails = stillFails;
        this.attemptsLeft = attempts;
    }

    public static String minimize(String input, Predicate<String> stillFails, int attempts) {
        Minimizer minimizer = new Minimizer(stillFails, attempts);
        String current = input;
        for (int pass = 0; pass < 4 && minimizer.attemptsLeft > 0; pass++) {
            String before = current;
            current = minimizer.join(minimizer.reduce(Mutator.splitLines(current)));
            current = minimizer.join(minimizer.reduce(chars(current)));
            current = minimizer.shortenRuns(current);
            if (current.equals(before)) {
                break;
            }
        }
        return current;
    }

    private boolean test(String candidate) {
        if (attemptsLeft <= 0) {
            return false;
        }
        attemptsLeft--;
        try {
            return stillFails.test(candidate);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private List<String> reduce(List<String> parts) {
        List<String> current = new ArrayList<>(parts);
        for (int chunk = Math.max(1, current.size() / 2); chunk >= 1; chunk /= 2) {
            for (int start = 0; start < current.size() && attemptsLeft > 0; ) {
                List<String> candidate = new ArrayList<>(current.subList(0, start));
                candidate.addAll(current.subList(Math.min(current.size(), start + chunk), current.size()));
                if (candidate.size() < current.size() && test(join(candidate))) {
                    current = candidate;
                } else {
                    start += chunk;
                }
            }
            if (chunk == 1) {
                break;
            }
        }
        return current;
    }

    /** Replaces a run of the same character (a huge scalar, deep brackets) by a run half as long while that fails. */
    private String shortenRuns(String text) {
        String current = text;
        boolean changed = true;
        while (changed && attemptsLeft > 0) {
            changed = false;
            for (int i = 0; i < current.length() && attemptsLeft > 0; ) {
                int j = i;
                while (j < current.length() && current.charAt(j) == current.charAt(i)) {
                    j++;
                }
                if (j - i >= 8) {
                    String candidate = current.substring(0, i) + current.substring(i, i + (j - i) / 2) + current.substring(j);
                    if (test(candidate)) {
                        current = candidate;
                        changed = true;
                        continue;
                    }
                }
                i = j;
            }
        }
        return current;
    }

    private static List<String> chars(String text) {
        List<String> chars = new ArrayList<>(text.length());
        for (int i = 0; i < text.length(); i++) {
            chars.add(String.valueOf(text.charAt(i)));
        }
        return chars;
    }

    private String join(List<String> parts) {
        return String.join("", parts);
    }
}
