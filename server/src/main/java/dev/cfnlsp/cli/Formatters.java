package dev.cfnlsp.cli;

import dev.cfnlsp.rule.RuleRegistry;

final class Formatters {
    private Formatters() {
    }

    static ReportFormatter of(OutputFormat format, RuleRegistry registry) {
        return switch (format) {
            case TEXT -> new TextFormatter();
            case JSON -> new JsonFormatter();
            case SARIF -> new SarifFormatter(registry);
        };
    }
}
