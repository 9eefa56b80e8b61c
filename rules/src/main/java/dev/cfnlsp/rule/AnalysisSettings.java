package dev.cfnlsp.rule;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the user asked for: target regions, per-rule overrides, the profile, and the options some rules read.
 * {@code requiredTags} is empty when not configured, so the profile's default applies.
 */
public record AnalysisSettings(List<String> regions, Map<String, RuleLevel> ruleLevels, Profile profile,
                               Optional<List<String>> requiredTags, int minPasswordLength) {
    public static final String DEFAULT_REGION = "us-east-1";
    public static final int DEFAULT_MIN_PASSWORD_LENGTH = 32;
    public static final List<String> PRODUCTION_TAGS = List.of("Environment", "Project");
    public static final AnalysisSettings DEFAULT = new AnalysisSettings(List.of(DEFAULT_REGION), Map.of(), Profile.DEFAULT,
            Optional.empty(), DEFAULT_MIN_PASSWORD_LENGTH);

    public AnalysisSettings {
        regions = regions.isEmpty() ? List.of(DEFAULT_REGION) : List.copyOf(regions);
        ruleLevels = Map.copyOf(ruleLevels);
        requiredTags = requiredTags.map(List::copyOf);
    }

    public AnalysisSettings withRegions(List<String> newRegions) {
        return new AnalysisSettings(newRegions, ruleLevels, profile, requiredTags, minPasswordLength);
    }

    /** The tag keys every taggable resource must carry. */
    public List<String> effectiveRequiredTags() {
        return requiredTags.orElse(profile == Profile.PRODUCTION ? PRODUCTION_TAGS : List.of());
    }
}
