package dev.cfnlsp.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule's fixture directory: {@code bad.yaml} (every line that must be flagged ends with
 * {@code # expect: rule-id[, rule-id]}), {@code good.yaml} (no finding at all) and optionally {@code fixed.yaml}
 * (the exact text after applying the rule's preferred fixes to bad.yaml). A first line
 * {@code # regions: a, b} sets the target regions.
 */
record RuleFixture(String ruleId, Path directory) {
    private static final Pattern MARKER = Pattern.compile("#\\s*expect:\\s*([a-z0-9, -]+)\\s*$");
    private static final Pattern REGIONS = Pattern.compile("^#\\s*regions:\\s*(.+)$");

    record Expected(int line, String ruleId) {
    }

    Path bad() {
        return directory.resolve("bad.yaml");
    }

    Path good() {
        return directory.resolve("good.yaml");
    }

    Optional<Path> fixed() {
        Path fixed = directory.resolve("fixed.yaml");
        return Files.exists(fixed) ? Optional.of(fixed) : Optional.empty();
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The expected findings of a fixture text, as (0-based line, rule id), in line order. */
    static List<Expected> expectations(String text) {
        List<Expected> expected = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher marker = MARKER.matcher(lines[i]);
            if (marker.find()) {
                for (String id : marker.group(1).split(",")) {
                    if (!id.isBlank()) {
                        expected.add(new Expected(i, id.trim()));
                    }
                }
            }
        }
        return expected;
    }

    static List<String> regions(String text) {
        Matcher matcher = REGIONS.matcher(text.lines().findFirst().orElse(""));
        return matcher.find() ? List.of(matcher.group(1).trim().split("\\s*,\\s*")) : List.of();
    }
}
