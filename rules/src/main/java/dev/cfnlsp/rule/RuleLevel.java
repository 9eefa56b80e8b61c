package dev.cfnlsp.rule;

import java.util.Locale;
import java.util.Optional;

/** A user's override of a rule: off, or on at a given severity. */
public enum RuleLevel {
    OFF, ERROR, WARNING, INFO;

    public static Optional<RuleLevel> parse(String text) {
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    Optional<Severity> severity() {
        return this == OFF ? Optional.empty() : Optional.of(Severity.valueOf(name()));
    }
}
