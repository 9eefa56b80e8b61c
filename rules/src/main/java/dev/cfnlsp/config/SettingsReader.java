package dev.cfnlsp.config;

import dev.cfnlsp.rule.AnalysisSettings;
import dev.cfnlsp.rule.Profile;
import dev.cfnlsp.rule.RuleLevel;
import dev.cfnlsp.rules.Suggestions;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.ScalarKind;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads settings — from {@code .cfn-lsp.yaml} or from the editor — on top of a base: every key present replaces the
 * base's value, and a key with an invalid value is reported at its range and leaves the base's value in place.
 *
 * <pre>
 * regions: [us-east-1, eu-west-1]
 * profile: production            # or default
 * requiredTags: [Environment, Project]
 * minPasswordLength: 32
 * rules: {parameter-unused: off, s3-bucket-key: error}
 * </pre>
 */
public final class SettingsReader {
    public static final List<String> KEYS = List.of("regions", "profile", "requiredTags", "minPasswordLength", "rules");

    private final Supplier<Set<String>> knownRegions;
    private final Supplier<Set<String>> knownRuleIds;
    private final Set<String> otherKeys;

    /**
     * @param knownRegions asked only when a setting names regions, so that reading settings loads no schema data
     * @param otherKeys    keys a caller reads itself (e.g. the server's debounce), accepted without a problem
     */
    public SettingsReader(Supplier<Set<String>> knownRegions, Supplier<Set<String>> knownRuleIds, Set<String> otherKeys) {
        this.knownRegions = knownRegions;
        this.knownRuleIds = knownRuleIds;
        this.otherKeys = otherKeys;
    }

    public record Result(AnalysisSettings settings, List<SettingsProblem> problems) {
    }

    public Result apply(AnalysisSettings base, TemplateNode node) {
        List<SettingsProblem> problems = new ArrayList<>();
        if (!(node instanceof MappingNode mapping)) {
            if (!(node instanceof ScalarNode scalar && scalar.isNull())) {
                problems.add(new SettingsProblem(node.range(), "Settings must be a mapping of " + String.join(", ", KEYS) + "."));
            }
            return new Result(base, problems);
        }
        List<String> regions = base.regions();
        Profile profile = base.profile();
        Optional<List<String>> requiredTags = base.requiredTags();
        int minPasswordLength = base.minPasswordLength();
        Map<String, RuleLevel> levels = base.ruleLevels();
        for (MappingEntry entry : mapping.entries()) {
            TemplateNode value = entry.value();
            switch (entry.name()) {
                case "regions" -> regions = regions(value, problems).orElse(regions);
                case "profile" -> profile = profile(value, problems).orElse(profile);
                case "requiredTags" -> requiredTags = strings(value, "requiredTags", problems).or(() -> base.requiredTags());
                case "minPasswordLength" -> minPasswordLength = passwordLength(value, problems).orElse(minPasswordLength);
                case "rules" -> levels = ruleLevels(value, base.ruleLevels(), problems);
                default -> {
                    if (!otherKeys.contains(entry.name())) {
                        problems.add(new SettingsProblem(entry.key().range(), "Unknown setting '" + entry.name() + "'."
                                + Suggestions.closest(entry.name(), KEYS).map(s -> " Did you mean '" + s + "'?")
                                .orElse(" Known settings: " + String.join(", ", KEYS) + ".")));
                    }
                }
            }
        }
        return new Result(new AnalysisSettings(regions, levels, profile, requiredTags, minPasswordLength), problems);
    }

    private Optional<List<String>> regions(TemplateNode value, List<SettingsProblem> problems) {
        Optional<List<String>> names = strings(value, "regions", problems);
        if (names.isEmpty()) {
            return names;
        }
        List<ScalarNode> scalars = value instanceof SequenceNode sequence
                ? sequence.items().stream().map(ScalarNode.class::cast).toList() : List.of((ScalarNode) value);
        List<String> valid = new ArrayList<>();
        for (ScalarNode region : scalars) {
            if (knownRegions.get().contains(region.value())) {
                valid.add(region.value());
            } else {
                problems.add(new SettingsProblem(region.range(), "Unknown region '" + region.value() + "'."
                        + Suggestions.closest(region.value(), knownRegions.get()).map(s -> " Did you mean '" + s + "'?").orElse("")));
            }
        }
        return valid.isEmpty() ? Optional.empty() : Optional.of(valid);
    }

    private static Optional<Profile> profile(TemplateNode value, List<SettingsProblem> problems) {
        Optional<Profile> profile = value instanceof ScalarNode scalar ? Profile.parse(scalar.value()) : Optional.empty();
        if (profile.isEmpty()) {
            problems.add(new SettingsProblem(value.range(), "'profile' must be default or production."));
        }
        return profile;
    }

    private static Optional<Integer> passwordLength(TemplateNode value, List<SettingsProblem> problems) {
        if (value instanceof ScalarNode scalar && scalar.value().matches("\\d{1,4}")) {
            int length = Integer.parseInt(scalar.value());
            if (length >= 8 && length <= 4096) {
                return Optional.of(length);
            }
        }
        problems.add(new SettingsProblem(value.range(), "'minPasswordLength' must be a whole number from 8 to 4096."));
        return Optional.empty();
    }

    private Map<String, RuleLevel> ruleLevels(TemplateNode value, Map<String, RuleLevel> base, List<SettingsProblem> problems) {
        if (!(value instanceof MappingNode rules)) {
            problems.add(new SettingsProblem(value.range(), "'rules' must map rule ids to off, error, warning or info."));
            return base;
        }
        Map<String, RuleLevel> levels = new LinkedHashMap<>(base);
        for (MappingEntry rule : rules.entries()) {
            if (!knownRuleIds.get().contains(rule.name())) {
                problems.add(new SettingsProblem(rule.key().range(), "Unknown rule '" + rule.name() + "'."
                        + Suggestions.closest(rule.name(), knownRuleIds.get()).map(s -> " Did you mean '" + s + "'?")
                        .orElse(" 'cfn-lsp rules' lists them.")));
                continue;
            }
            Optional<RuleLevel> level = levelOf(rule.value());
            if (level.isPresent()) {
                levels.put(rule.name(), level.get());
            } else {
                problems.add(new SettingsProblem(rule.value().range(), "The level of '" + rule.name() + "' must be off, error, warning or info."));
            }
        }
        return levels;
    }

    /** YAML reads a bare {@code off} as the boolean false; both mean the rule is off. */
    private static Optional<RuleLevel> levelOf(TemplateNode value) {
        if (!(value instanceof ScalarNode scalar)) {
            return Optional.empty();
        }
        if (scalar.kind() == ScalarKind.BOOLEAN) {
            return scalar.value().equalsIgnoreCase("false") ? Optional.of(RuleLevel.OFF) : Optional.empty();
        }
        return RuleLevel.parse(scalar.value());
    }

    /** A list of strings (a single string counts as a list of one). */
    private static Optional<List<String>> strings(TemplateNode value, String key, List<SettingsProblem> problems) {
        if (value instanceof ScalarNode scalar && !scalar.isNull()) {
            return Optional.of(List.of(scalar.value()));
        }
        if (value instanceof SequenceNode sequence && sequence.items().stream().allMatch(ScalarNode.class::isInstance)) {
            return Optional.of(sequence.items().stream().map(TemplateNode::scalarText).toList());
        }
        problems.add(new SettingsProblem(value.range(), "'" + key + "' must be a list of names."));
        return Optional.empty();
    }
}
