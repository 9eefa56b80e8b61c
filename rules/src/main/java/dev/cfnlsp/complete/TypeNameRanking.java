package dev.cfnlsp.complete;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Orders resource type names by how well they match what was typed: a prefix of the whole name first, then prefixes
 * of consecutive segments ({@code s3buc} → {@code AWS::S3::Bucket}), then any subsequence; shorter names first.
 */
final class TypeNameRanking {
    private static final String SEPARATOR = "::";

    private TypeNameRanking() {
    }

    private record Ranked(String name, int tier) {
    }

    static List<String> rank(String query, Collection<String> names) {
        return names.stream()
                .flatMap(name -> tier(query, name).stream().mapToObj(tier -> new Ranked(name, tier)))
                .sorted(Comparator.comparingInt(Ranked::tier)
                        .thenComparingInt(ranked -> ranked.name().length())
                        .thenComparing(Ranked::name))
                .map(Ranked::name)
                .toList();
    }

    /** 0 for a prefix, 1 for segment prefixes, 2 for a subsequence; empty when the name does not match. */
    static OptionalInt tier(String query, String name) {
        String typed = query.toLowerCase(Locale.ROOT);
        String candidate = name.toLowerCase(Locale.ROOT);
        if (candidate.startsWith(typed)) {
            return OptionalInt.of(0);
        }
        String letters = typed.replace(":", "");
        List<String> segments = segments(candidate);
        for (int first = 0; first < segments.size(); first++) {
            if (matchesSegmentPrefixes(letters, 0, segments, first)) {
                return OptionalInt.of(1);
            }
        }
        return isSubsequence(letters, candidate) ? OptionalInt.of(2) : OptionalInt.empty();
    }

    /** Whether {@code typed} from {@code from} splits into prefixes of the segments from {@code segment} on. */
    private static boolean matchesSegmentPrefixes(String typed, int from, List<String> segments, int segment) {
        if (from == typed.length()) {
            return true;
        }
        if (segment == segments.size()) {
            return false;
        }
        int longest = Math.min(segments.get(segment).length(), typed.length() - from);
        for (int length = longest; length > 0; length--) {
            if (segments.get(segment).regionMatches(0, typed, from, length)
                    && matchesSegmentPrefixes(typed, from + length, segments, segment + 1)) {
                return true;
            }
        }
        return false;
    }

    /** {@code aws::s3::bucket} → aws, s3, bucket; without a regex, as this runs for every type on every keystroke. */
    private static List<String> segments(String name) {
        List<String> segments = new ArrayList<>(3);
        int from = 0;
        for (int separator = name.indexOf(SEPARATOR); separator >= 0; separator = name.indexOf(SEPARATOR, from)) {
            segments.add(name.substring(from, separator));
            from = separator + SEPARATOR.length();
        }
        segments.add(name.substring(from));
        return segments;
    }

    /** Whether the typed characters appear in the candidate in order. */
    static boolean isSubsequence(String typed, String candidate) {
        int next = 0;
        for (int i = 0; i < candidate.length() && next < typed.length(); i++) {
            if (candidate.charAt(i) == typed.charAt(next)) {
                next++;
            }
        }
        return next == typed.length();
    }
}
