package dev.cfnlsp.server;

import com.google.gson.JsonElement;
import dev.cfnlsp.config.SettingsProblem;
import dev.cfnlsp.config.SettingsReader;
import dev.cfnlsp.rule.AnalysisSettings;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The editor's settings, from {@code initializationOptions} or {@code workspace/didChangeConfiguration}: the
 * analysis settings of {@code .cfn-lsp.yaml} (which they override) plus the server's own {@code debounceMs}.
 * Accepted bare, under {@code "cfn-lsp"}, or under {@code "settings": {"cfn-lsp": ...}}.
 */
record ServerSettings(Optional<TemplateNode> analysisOverrides, long debounceMs) {
    static final ServerSettings DEFAULT = new ServerSettings(Optional.empty(), 150);
    static final String SECTION = "cfn-lsp";
    static final String DEBOUNCE = "debounceMs";
    static final Set<String> SERVER_KEYS = Set.of(DEBOUNCE);

    record Parsed(ServerSettings settings, List<String> problems) {
    }

    /** Reads new editor settings; an invalid debounce keeps the current one, other problems are only reported. */
    Parsed merge(Object json, SettingsReader reader) {
        Optional<MappingNode> object = unwrap(json);
        if (object.isEmpty()) {
            return new Parsed(this, List.of());
        }
        List<String> problems = new ArrayList<>();
        for (SettingsProblem problem : reader.apply(AnalysisSettings.DEFAULT, object.get()).problems()) {
            problems.add(problem.message());
        }
        long debounce = debounceMs;
        Optional<TemplateNode> configured = object.get().get(DEBOUNCE);
        if (configured.isPresent()) {
            Optional<Long> millis = millis(configured.get());
            if (millis.isPresent()) {
                debounce = millis.get();
            } else {
                problems.add("'debounceMs' must be a whole number of milliseconds between 0 and 10000.");
            }
        }
        return new Parsed(new ServerSettings(Optional.of(object.get()), debounce), problems);
    }

    private static Optional<Long> millis(TemplateNode node) {
        if (node instanceof ScalarNode scalar && scalar.value().matches("\\d{1,5}")) {
            long value = Long.parseLong(scalar.value());
            return value <= 10_000 ? Optional.of(value) : Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<MappingNode> unwrap(Object json) {
        if (!(json instanceof JsonElement element) || !element.isJsonObject()) {
            return Optional.empty();
        }
        MappingNode object = (MappingNode) SettingsTree.of(element);
        MappingNode scope = object.mapping("settings").orElse(object);
        return Optional.of(scope.mapping(SECTION).orElse(scope));
    }
}
