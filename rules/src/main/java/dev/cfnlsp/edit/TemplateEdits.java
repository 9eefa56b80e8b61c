package dev.cfnlsp.edit;

import dev.cfnlsp.rule.TextEdit;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.LineIndex;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.SourcePosition;
import dev.cfnlsp.template.SourceRange;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateFormat;
import dev.cfnlsp.template.TemplateNode;
import java.util.List;
import java.util.Optional;

/**
 * Minimal text edits on a template, in its own style: each edit touches only the text it must, so comments,
 * anchors and untouched lines stay byte-identical.
 */
public final class TemplateEdits {
    private final Template template;
    private final DocumentStyle style;
    private final ValueRenderer renderer;

    private TemplateEdits(Template template) {
        this.template = template;
        this.style = DocumentStyle.of(template);
        this.renderer = new ValueRenderer(style);
    }

    public static TemplateEdits of(Template template) {
        return new TemplateEdits(template);
    }

    public DocumentStyle style() {
        return style;
    }

    /** Rewrites a scalar in place, keeping its quotes. */
    public TextEdit replaceScalar(ScalarNode scalar, String newValue) {
        return ScalarEdits.replace(scalar, newValue);
    }

    /** Replaces any value (a scalar, a list item, an intrinsic) with a value written inline. */
    public TextEdit replaceValue(TemplateNode node, EditValue value) {
        return new TextEdit(node.range(), renderer.inline(value));
    }

    /** Adds {@code key: value} after the mapping's last entry. */
    public TextEdit insertEntry(MappingNode mapping, String key, EditValue value) {
        return mapping.isEmpty() ? fillEmpty(mapping, key, value) : insertAfter(mapping, mapping.entries().get(mapping.entries().size() - 1), key, value);
    }

    /** Adds {@code key: value} right after the entry {@code afterKey}, or at the end when that key is absent. */
    public TextEdit insertEntryAfter(MappingNode mapping, String afterKey, String key, EditValue value) {
        Optional<MappingEntry> anchor = mapping.entry(afterKey);
        return anchor.isPresent() ? insertAfter(mapping, anchor.get(), key, value) : insertEntry(mapping, key, value);
    }

    /** Adds a property to a resource, creating its {@code Properties} when it has none. */
    public TextEdit insertProperty(Resource resource, String key, EditValue value) {
        Optional<MappingNode> properties = resource.properties();
        if (properties.isPresent()) {
            return insertEntry(properties.get(), key, value);
        }
        MappingNode body = resource.body().orElseThrow(() -> new IllegalArgumentException(resource.name() + " has no body"));
        return insertEntry(body, "Properties", EditValue.map().put(key, value).build());
    }

    /** Adds a resource-level attribute such as {@code DeletionPolicy}, right after {@code Type}. */
    public TextEdit insertAttribute(Resource resource, String key, EditValue value) {
        MappingNode body = resource.body().orElseThrow(() -> new IllegalArgumentException(resource.name() + " has no body"));
        return insertEntryAfter(body, "Type", key, value);
    }

    /** Declares a new resource right after {@code after}. */
    public TextEdit insertResource(Resource after, String logicalId, EditValue.Mapping body) {
        MappingNode resources = template.rootMapping().flatMap(r -> r.mapping("Resources"))
                .orElseThrow(() -> new IllegalStateException("no Resources section"));
        return insertEntryAfter(resources, after.name(), logicalId, body);
    }

    /** A logical id based on {@code base} that the template does not use yet. */
    public String unusedLogicalId(String base) {
        String candidate = base;
        for (int i = 2; template.resource(candidate).isPresent()
                || template.declarations(DeclarationKind.PARAMETER).containsKey(candidate); i++) {
            candidate = base + i;
        }
        return candidate;
    }

    /** Adds an item after the list's last item. */
    public TextEdit appendItem(SequenceNode sequence, EditValue value) {
        List<TemplateNode> items = sequence.items();
        if (items.isEmpty()) {
            return new TextEdit(sequence.range(), "[" + renderer.inFlow(value) + "]");
        }
        TemplateNode last = items.get(items.size() - 1);
        if (isFlow(sequence)) {
            return insertAt(last.range().end(), separatorBefore(sequence.range(), last.range()) + renderer.inFlow(value));
        }
        String dashIndent = " ".repeat(dashColumn(last));
        return insertAt(endOfLine(last.range().end()), style.lineEnding() + renderer.item(value, dashIndent));
    }

    private TextEdit insertAfter(MappingNode mapping, MappingEntry anchor, String key, EditValue value) {
        if (isFlow(mapping)) {
            String separator = separatorBefore(mapping.range(), anchor.key().range());
            String entry = style.format() == TemplateFormat.JSON && separator.contains("\n")
                    ? renderer.entry(key, value, indentOf(anchor)).stripLeading()
                    : renderer.flowEntry(key, value);
            return insertAt(anchor.value().range().end(), separator + entry);
        }
        String indent = indentOf(anchor);
        return insertAt(endOfLine(anchor.value().range().end()), style.lineEnding() + renderer.entry(key, value, indent));
    }

    private TextEdit fillEmpty(MappingNode mapping, String key, EditValue value) {
        return new TextEdit(mapping.range(), "{" + renderer.flowEntry(key, value) + "}");
    }

    /** ", " on one line, or a comma and a line break with the entries' indentation when they sit on separate lines. */
    private String separatorBefore(SourceRange collection, SourceRange lastElement) {
        if (lastElement.start().line() > collection.start().line()) {
            return "," + style.lineEnding() + leadingText(lastElement.start());
        }
        return ", ";
    }

    private boolean isFlow(MappingNode mapping) {
        return mapping.flow() || style.format() == TemplateFormat.JSON;
    }

    private boolean isFlow(SequenceNode sequence) {
        return sequence.flow() || style.format() == TemplateFormat.JSON;
    }

    /** Where an entry starts on its line: its key, or the anchor or tag written before the key ({@code &a Type: x}). */
    private String indentOf(MappingEntry entry) {
        SourcePosition key = entry.key().range().start();
        String line = template.lines().lineText(key.line());
        int column = Math.min(key.character(), line.length());
        while (true) {
            int end = column;
            while (end > 0 && line.charAt(end - 1) == ' ') {
                end--;
            }
            int start = end;
            while (start > 0 && line.charAt(start - 1) != ' ') {
                start--;
            }
            if (start == end || (line.charAt(start) != '&' && line.charAt(start) != '!')) {
                return leadingText(new SourcePosition(key.line(), column));
            }
            column = start;
        }
    }

    /** The text before a position on its line, with tabs kept, reused as indentation. */
    private String leadingText(SourcePosition position) {
        String line = template.lines().lineText(position.line());
        String prefix = line.substring(0, Math.min(position.character(), line.length()));
        return prefix.isBlank() ? prefix : " ".repeat(prefix.length());
    }

    /** The column of the dash that introduces a block sequence item. */
    private int dashColumn(TemplateNode item) {
        String line = template.lines().lineText(item.range().start().line());
        int dash = line.lastIndexOf('-', Math.max(0, item.range().start().character() - 1));
        return Math.max(0, dash);
    }

    private SourcePosition endOfLine(SourcePosition position) {
        LineIndex lines = template.lines();
        return lines.positionAt(lines.lineEnd(position.line()));
    }

    private static TextEdit insertAt(SourcePosition position, String text) {
        return new TextEdit(new SourceRange(position, position), text);
    }
}
