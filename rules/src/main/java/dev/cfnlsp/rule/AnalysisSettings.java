package dev.cfnlsp.rule;

import java.util.List;
import java.util.Map;

/** What the user asked for: target regions and per-rule overrides. */
public record AnalysisSettings(List<String> regions, Map<String, RuleLevel> ruleLevels) {
    public static final String DEFAULT_REGION = "us-east-1";
    public static final AnalysisSettings DEFAULT = new AnalysisSettings(List.of(DEFAULT_REGION), Map.of());

    public AnalysisSettings {
        regions = regions.isEmpty() ? List.of(DEFAULT_REGION) : List.copyOf(regions);
        ruleLevels = Map.copyOf(ruleLevels);
    }

    public AnalysisSettings withRegions(List<String> newRegions) {
        return new AnalysisSettings(newRegions, ruleLevels);
    }
}
