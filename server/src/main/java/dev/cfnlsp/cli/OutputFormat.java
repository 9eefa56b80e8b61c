package dev.cfnlsp.cli;

import java.util.Locale;

enum OutputFormat {
    TEXT, JSON, SARIF;

    static OutputFormat parse(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format must be text, json or sarif, not '" + text + "'.");
        }
    }
}
