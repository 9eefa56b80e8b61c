package dev.cfnlsp.bundle;

import java.util.Optional;

/** A JSON value type as named in JSON Schema's {@code type} keyword. */
enum Kind {
    STRING, INTEGER, NUMBER, BOOLEAN, OBJECT, ARRAY;

    String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Optional<Kind> fromJsonName(String name) {
        for (Kind kind : values()) {
            if (kind.jsonName().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
