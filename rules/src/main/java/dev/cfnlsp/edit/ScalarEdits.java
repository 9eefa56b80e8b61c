package dev.cfnlsp.edit;

import dev.cfnlsp.rule.TextEdit;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.ScalarStyle;

/** Edits that rewrite one scalar in place, keeping the quoting it was written with. */
public final class ScalarEdits {
    private ScalarEdits() {
    }

    public static TextEdit replace(ScalarNode scalar, String newValue) {
        return new TextEdit(scalar.range(), quoted(scalar.style(), newValue));
    }

    static String quoted(ScalarStyle style, String value) {
        return switch (style) {
            case DOUBLE_QUOTED -> '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
            case SINGLE_QUOTED -> '\'' + value.replace("'", "''") + '\'';
            default -> value;
        };
    }
}
