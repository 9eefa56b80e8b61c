package dev.cfnlsp.complete;

import dev.cfnlsp.template.TemplateFormat;
import java.util.List;

/** The cursor's possible contexts, read from the current text whether or not it parses (usually one, see YAML's "- x"). */
final class ContextDetector {
    private ContextDetector() {
    }

    static List<CursorContext> detect(String text, int offset, TemplateFormat format) {
        return format == TemplateFormat.JSON ? JsonContextDetector.detect(text, offset) : YamlContextDetector.detect(text, offset);
    }
}
