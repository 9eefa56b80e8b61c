package dev.cfnlsp.complete;

import dev.cfnlsp.template.LineIndex;
import dev.cfnlsp.template.TemplateFormat;
import java.util.List;

/** The cursor's possible contexts, read from the current text whether or not it parses (usually one, see YAML's "- x"). */
final class ContextDetector {
    private ContextDetector() {
    }

    /** @param lines the line index of {@code text} */
    static List<CursorContext> detect(String text, LineIndex lines, int offset, TemplateFormat format) {
        return format == TemplateFormat.JSON ? JsonContextDetector.detect(text, offset) : YamlContextDetector.detect(text, lines, offset);
    }
}
