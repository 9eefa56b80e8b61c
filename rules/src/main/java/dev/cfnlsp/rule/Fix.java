package dev.cfnlsp.rule;

import java.util.List;

/**
 * A remedy for a finding: a title that says exactly what it does, and the edits that do it. {@code preferred} fixes
 * are offered first; {@code safe} ones are deterministic and may be applied unasked (fix-all, {@code cfn-lsp fix}).
 */
public record Fix(String title, List<TextEdit> edits, boolean preferred, boolean safe) {

    public Fix {
        edits = List.copyOf(edits);
    }

    /** The likely intended name for a typo: offered first, but a guess, so never applied unasked. */
    public static Fix changeTo(String replacement, TextEdit edit) {
        return new Fix("Change to '" + replacement + "'", List.of(edit), true, false);
    }

    /** The deterministic remedy of a finding. */
    public static Fix safe(String title, TextEdit... edits) {
        return new Fix(title, List.of(edits), true, true);
    }

    /** Another remedy the user may choose instead of the preferred one. */
    public static Fix alternative(String title, TextEdit... edits) {
        return new Fix(title, List.of(edits), false, false);
    }
}
