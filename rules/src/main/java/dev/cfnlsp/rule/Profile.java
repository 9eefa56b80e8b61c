package dev.cfnlsp.rule;

import java.util.Locale;
import java.util.Optional;

/** How strict the analysis is. {@code PRODUCTION} raises selected warnings to errors and turns on opt-in rules. */
public enum Profile {
    DEFAULT, PRODUCTION;

    public static Optional<Profile> parse(String text) {
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
