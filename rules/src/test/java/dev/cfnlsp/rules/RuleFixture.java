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
 * One rule's fixture in one format, inside {@code fixtures/<rule-id>/}:
 * <ul>
 * <li>{@code bad.<ext>}: every flagged line is listed — in YAML by a trailing {@code # expect: rule-id[, rule-id]},
 * in JSON (which has no comments) by lines {@code <line> <rule-id>} in {@code bad.json.expect};</li>
 * <li>{@code good.<ext>}: no finding of the rule;</li>
 * <li>{@code fixed.<ext>} (when the rule has fixes): the exact text after applying its preferred fixes to bad.</li>
 * </ul>
 * A {@code .cfn-lsp.yaml} in the directory configures the analysis exactly as it would for a user.
 */
record RuleFixture(String ruleId, Path directory, String extension) {
    private static final Pattern MARKER = Pattern.compile("#\\s*expect:\\s*([a-z0-9, -]+)\\s*$");

    record Expected(int line, String ruleId) {
    }

    static List<RuleFixture> in(Path directory) {
        String ruleId = directory.getFileName().toString();
        List<RuleFixture> fixtures = new ArrayList<>();
        for (String extension : List.of("yaml", "json")) {
            if (Files.exists(directory.resolve("bad." + extension))) {
                fixtures.add(new RuleFixture(ruleId, directory, extension));
            }
        }
        return fixtures;
    }

    String name() {
        return ruleId + " (" + extension + ")";
    }

    Path bad() {
        return directory.resolve("bad." + extension);
    }

    Path good() {
        return directory.resolve("good." + extension);
    }

    Optional<Path> fixed() {
        Path fixed = directory.resolve("fixed." + extension);
        return Files.exists(fixed) ? Optional.of(fixed) : Optional.empty();
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The findings bad is expected to have, as (0-based line, rule id). */
    List<Expected> expectations() {
        return extension.equals("json") ? jsonExpectations() : yamlExpectations(read(bad()));
    }

    private static List<Expected> yamlExpectations(String text) {
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

    private List<Expected> jsonExpectations() {
        List<Expected> expected = new ArrayList<>();
        for (String line : read(directory.resolve("bad.json.expect")).split("\r?\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 2) {
                expected.add(new Expected(Integer.parseInt(parts[0]) - 1, parts[1]));
            }
        }
        return expected;
    }
}
