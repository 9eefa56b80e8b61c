package dev.cfnlsp.rules;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name a person most likely meant when they typed an unknown one. */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * Case-insensitive equality first, then the shortest known name that starts with what was typed (people drop
     * suffixes: {@code nodejs20} for {@code nodejs20.x}), then the nearest by edit distance, within a quarter of
     * the typed length (one edit for the shortest names, so that they do not attract random suggestions).
     */
    public static Optional<String> closest(String typed, Collection<String> known) {
        String lowerTyped = typed.toLowerCase(Locale.ROOT);
        Optional<String> sameIgnoringCase = known.stream().filter(c -> c.equalsIgnoreCase(typed)).findFirst();
        if (sameIgnoringCase.isPresent()) {
            return sameIgnoringCase;
        }
        Optional<String> extended = typed.length() < 3 ? Optional.empty() : known.stream()
                .filter(candidate -> candidate.toLowerCase(Locale.ROOT).startsWith(lowerTyped))
                .min(Comparator.comparingInt(String::length));
        return extended.isPresent() ? extended : nearestByEditDistance(lowerTyped, known);
    }

    private static Optional<String> nearestByEditDistance(String lowerTyped, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(lowerTyped, candidate.toLowerCase(Locale.ROOT), bestDistance);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        int tolerance = lowerTyped.length() <= 3 ? 1 : Math.max(2, lowerTyped.length() / 4);
        return bestDistance <= tolerance ? Optional.ofNullable(best) : Optional.empty();
    }

    /** Levenshtein distance, giving up early once it exceeds {@code limit}. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return Integer.MAX_VALUE;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
