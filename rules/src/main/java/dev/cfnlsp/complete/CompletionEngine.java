package dev.cfnlsp.complete;

import dev.cfnlsp.edit.DocumentStyle;
import dev.cfnlsp.schema.SchemaBundle;
import dev.cfnlsp.template.LineIndex;
import dev.cfnlsp.template.SourcePosition;
import dev.cfnlsp.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Completion at a position. The context comes from the current text, which usually does not parse while a line is
 * being typed; declared names and resource types come from the newest model of the document that parsed.
 */
public final class CompletionEngine {
    private static final Logger LOG = Logger.getLogger(CompletionEngine.class.getName());
    private static final List<CompletionSource> SOURCES = List.of(
            new SectionCompletions(),
            new TagCompletions(),
            new FunctionKeyCompletions(),
            new ResourceSnippetCompletions(),
            new ResourceTypeCompletions(),
            new PropertyNameCompletions(),
            new PropertyValueCompletions(),
            new RefCompletions(),
            new GetAttCompletions(),
            new SubCompletions(),
            new DependsOnCompletions(),
            new ConditionCompletions(),
            new FindInMapCompletions());

    private final Supplier<SchemaBundle> schemas;

    public CompletionEngine(Supplier<SchemaBundle> schemas) {
        this.schemas = schemas;
    }

    /**
     * Items in the order to show them. Never throws: a failure gives no items.
     *
     * @param model   the newest model of this document that parsed (the current one when it does)
     * @param regions the regions the template is deployed to
     */
    public List<Completion> complete(String text, SourcePosition position, Template model, List<String> regions) {
        try {
            LineIndex lines = model.text().equals(text) ? model.lines() : new LineIndex(text);
            int offset = lines.offsetAt(position);
            DocumentStyle style = DocumentStyle.of(model);
            List<Completion> items = new ArrayList<>();
            for (CursorContext cursor : ContextDetector.detect(text, lines, offset, model.format())) {
                CompletionInput input = new CompletionInput(text, lines, cursor, model, style, schemas.get(), regions);
                for (CompletionSource source : SOURCES) {
                    items.addAll(source.complete(input));
                }
            }
            return items;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Completion failed at " + position + " in " + model.uri(), e);
            return List.of();
        }
    }
}
