package dev.cfnlsp.rule;

import java.util.List;

/** A remedy for a finding: a title that says exactly what it does, and the edits that do it. */
public record Fix(String title, List<TextEdit> edits, boolean preferred) {

    public Fix {
        edits = List.copyOf(edits);
    }

    public static Fix preferred(String title, TextEdit... edits) {
        return new Fix(title, List.of(edits), true);
    }
}
