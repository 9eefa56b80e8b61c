package dev.cfnlsp.complete;

import dev.cfnlsp.edit.DocumentStyle;
import dev.cfnlsp.schema.SchemaBundle;
import dev.cfnlsp.template.LineIndex;
import dev.cfnlsp.template.SourceRange;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateFormat;
import java.util.List;

/**
 * What a completion source reads: the current text and the cursor's context in it, and the newest model of the
 * document that parsed (for declared names and resource types), which may be older than the text.
 *
 * @param regions the regions the template is deployed to; resource types must be available in all of them
 */
record CompletionInput(String text, LineIndex lines, CursorContext cursor, Template model, DocumentStyle style,
                       SchemaBundle schemas, List<String> regions) {

    TemplateFormat format() {
        return model.format();
    }

    SourceRange range(int start, int end) {
        return lines.rangeOf(start, end);
    }
}
