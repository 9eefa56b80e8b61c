package dev.cfnlsp.rules;

import dev.cfnlsp.edit.EditValue;
import dev.cfnlsp.edit.TemplateEdits;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.TextEdit;
import dev.cfnlsp.template.IntrinsicNode;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.SourcePosition;
import dev.cfnlsp.template.SourceRange;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateFormat;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the storage rules (S3, data retention, KMS, secrets) need to build their fixes on top of {@link TemplateEdits}:
 * insertions that stay clear of YAML aliases, several insertions at one point joined into one edit, and whether a
 * property change replaces the resource.
 */
public final class StorageFixes {
    private StorageFixes() {
    }

    /** The edit helper of this analysis, shared by every rule. */
    public static TemplateEdits edits(RuleContext context) {
        return context.shared(TemplateEdits.class, c -> TemplateEdits.of(c.template()));
    }

    /**
     * Adds {@code key: value} at the end of a mapping. The model shares an aliased node with its anchor, so an entry
     * whose value is (or ends in) an alias has the anchor's range, and an insertion after it would land at the anchor.
     * Then the entry goes after the last entry written in place instead; empty when there is none.
     */
    public static Optional<TextEdit> insertEntry(TemplateEdits edits, MappingNode mapping, String key, EditValue value) {
        List<MappingEntry> entries = mapping.entries();
        if (entries.isEmpty()) {
            return Optional.of(edits.insertEntry(mapping, key, value));
        }
        for (int i = entries.size() - 1; i >= 0; i--) {
            MappingEntry entry = entries.get(i);
            if (!writtenInPlace(entry.key().range().end(), entry.value())) {
                continue;
            }
            if (i == entries.size() - 1) {
                return Optional.of(edits.insertEntry(mapping, key, value));
            }
            String name = entry.name();
            boolean unique = entries.stream().filter(e -> e.name().equals(name)).count() == 1;
            return unique ? Optional.of(edits.insertEntryAfter(mapping, name, key, value)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Adds a property, creating {@code Properties} when the resource has none; empty when Properties is not a mapping. */
    public static Optional<TextEdit> insertProperty(TemplateEdits edits, Resource resource, String key, EditValue value) {
        Optional<TemplateNode> properties = resource.propertiesNode();
        if (properties.isPresent()) {
            return properties.get() instanceof MappingNode mapping ? insertEntry(edits, mapping, key, value) : Optional.empty();
        }
        return resource.body().flatMap(body -> insertEntry(edits, body, "Properties", EditValue.map().put(key, value).build()));
    }

    /**
     * Adds an item after a list's last one. In JSON {@link TemplateEdits#appendItem} writes a multi-line item (an
     * object) with its inner lines at column 0; here they are indented like the list's last item.
     */
    public static TextEdit appendItem(TemplateEdits edits, Template template, SequenceNode list, EditValue value) {
        TextEdit edit = edits.appendItem(list, value);
        String lineEnding = edits.style().lineEnding();
        if (edits.style().format() != TemplateFormat.JSON || list.items().isEmpty() || !edit.newText().contains(lineEnding)) {
            return edit;
        }
        TemplateNode last = list.items().get(list.items().size() - 1);
        String line = template.lines().lineText(last.range().start().line());
        String before = line.substring(0, Math.min(last.range().start().character(), line.length()));
        if (last.range().start().line() == list.range().start().line() || !before.isBlank()) {
            return edit;
        }
        String rendering = edits.replaceValue(last, value).newText().replace(lineEnding, lineEnding + before);
        return new TextEdit(SourceRange.at(last.range().end()), "," + lineEnding + before + rendering);
    }

    /**
     * Whether a node and the last values nested in it are written where the model says: an alias's node starts
     * before the place that refers to it.
     */
    public static boolean writtenInPlace(SourcePosition after, TemplateNode node) {
        if (node.range().start().compareTo(after) < 0 || node.range().end().compareTo(node.range().start()) < 0) {
            return false;
        }
        if (node instanceof MappingNode mapping && !mapping.isEmpty()) {
            MappingEntry last = mapping.entries().get(mapping.entries().size() - 1);
            return writtenInPlace(last.key().range().end(), last.value());
        }
        if (node instanceof SequenceNode sequence && !sequence.items().isEmpty()) {
            List<TemplateNode> items = sequence.items();
            SourcePosition previous = items.size() > 1 ? items.get(items.size() - 2).range().end() : node.range().start();
            return writtenInPlace(previous, items.get(items.size() - 1));
        }
        if (node instanceof IntrinsicNode call) {
            return writtenInPlace(node.range().start(), call.argument());
        }
        return true;
    }

    /**
     * The edits with insertions at the same point joined, in the given order: an editor applies two insertions at
     * one point in an unspecified order.
     */
    public static TextEdit[] merged(List<TextEdit> edits) {
        List<TextEdit> result = new ArrayList<>();
        for (TextEdit edit : edits) {
            int same = indexOfInsertionAt(result, edit.range());
            if (same >= 0) {
                result.set(same, new TextEdit(edit.range(), result.get(same).newText() + edit.newText()));
            } else {
                result.add(edit);
            }
        }
        return result.toArray(TextEdit[]::new);
    }

    private static int indexOfInsertionAt(List<TextEdit> edits, SourceRange range) {
        if (!range.start().equals(range.end())) {
            return -1;
        }
        for (int i = 0; i < edits.size(); i++) {
            if (edits.get(i).range().equals(range)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether changing {@code property} (or anything under it) replaces the resource, according to its schema. */
    public static boolean replacesResource(RuleContext context, Resource resource, String property) {
        return resource.type().flatMap(context.schema()::resourceSchema)
                .map(schema -> schema.createOnlyProperties().stream()
                        .anyMatch(path -> path.equals(property) || path.startsWith(property + ".")))
                .orElse(false);
    }

    /**
     * The fix that sets {@code property}: safe, unless the change replaces the resource, which the title then says
     * and which is never applied unasked.
     */
    public static Fix settingProperty(RuleContext context, Resource resource, String property, String title, TextEdit... edits) {
        return replacesResource(context, resource, property)
                ? Fix.alternative(title + " (replaces the resource)", edits)
                : Fix.safe(title, edits);
    }
}
