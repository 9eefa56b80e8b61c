package dev.cfnlsp.server;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.cfnlsp.rule.AnalysisSettings;
import dev.cfnlsp.rule.RuleLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings from {@code initializationOptions} or {@code workspace/didChangeConfiguration}:
 * {@code {"regions": [...], "debounceMs": 150, "rules": {"rule-id": "off|error|warning|info"}}}.
 * Invalid values are reported as problems and the previous value is kept.
 */
record ServerSettings(AnalysisSettings analysis, long debounceMs) {
    static final ServerSettings DEFAULT = new ServerSettings(AnalysisSettings.DEFAULT, 150);
    static final String SECTION = "cfn-lsp";

    record Parsed(ServerSettings settings, List<String> problems) {
    }

    /** Reads a settings object; accepts it bare, under "cfn-lsp", or under "settings"."cfn-lsp". */
    Parsed merge(Object json) {
        List<String> problems = new ArrayList<>();
        Optional<JsonObject> object = unwrap(json);
        if (object.isEmpty()) {
            return new Parsed(this, problems);
        }
        JsonObject o = object.get();
        List<String> regions = readRegions(o, problems).orElse(analysis.regions());
        Map<String, RuleLevel> levels = readRuleLevels(o, problems).orElse(analysis.ruleLevels());
        long debounce = readDebounce(o, problems).orElse(debounceMs);
        return new Parsed(new ServerSettings(new AnalysisSettings(regions, levels), debounce), problems);
    }

    private static Optional<JsonObject> unwrap(Object json) {
        if (!(json instanceof JsonObject object)) {
            return Optional.empty();
        }
        if (object.has("settings") && object.get("settings").isJsonObject()) {
            return unwrap(object.get("settings"));
        }
        if (object.has(SECTION) && object.get(SECTION).isJsonObject()) {
            return Optional.of(object.getAsJsonObject(SECTION));
        }
        return Optional.of(object);
    }

    private static Optional<List<String>> readRegions(JsonObject o, List<String> problems) {
        if (!o.has("regions")) {
            return Optional.empty();
        }
        JsonElement value = o.get("regions");
        if (value.isJsonPrimitive()) {
            return Optional.of(List.of(value.getAsString()));
        }
        if (!value.isJsonArray()) {
            problems.add("'regions' must be a list of region names such as [\"us-east-1\", \"eu-west-1\"].");
            return Optional.empty();
        }
        List<String> regions = new ArrayList<>();
        for (JsonElement region : (JsonArray) value) {
            if (region.isJsonPrimitive()) {
                regions.add(region.getAsString());
            }
        }
        return Optional.of(regions);
    }

    private static Optional<Map<String, RuleLevel>> readRuleLevels(JsonObject o, List<String> problems) {
        if (!o.has("rules")) {
            return Optional.empty();
        }
        if (!o.get("rules").isJsonObject()) {
            problems.add("'rules' must map rule ids to off, error, warning or info.");
            return Optional.empty();
        }
        Map<String, RuleLevel> levels = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> rule : o.getAsJsonObject("rules").entrySet()) {
            Optional<RuleLevel> level = rule.getValue().isJsonPrimitive() ? RuleLevel.parse(rule.getValue().getAsString()) : Optional.empty();
            if (level.isPresent()) {
                levels.put(rule.getKey(), level.get());
            } else {
                problems.add("Rule '" + rule.getKey() + "': the level must be off, error, warning or info.");
            }
        }
        return Optional.of(levels);
    }

    private static Optional<Long> readDebounce(JsonObject o, List<String> problems) {
        if (!o.has("debounceMs")) {
            return Optional.empty();
        }
        JsonElement value = o.get("debounceMs");
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
            long millis = value.getAsLong();
            if (millis >= 0 && millis <= 10_000) {
                return Optional.of(millis);
            }
        }
        problems.add("'debounceMs' must be a whole number of milliseconds between 0 and 10000.");
        return Optional.empty();
    }
}
