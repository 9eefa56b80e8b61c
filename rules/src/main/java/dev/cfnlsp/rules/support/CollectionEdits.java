package dev.cfnlsp.rules.support;

import dev.cfnlsp.edit.EditValue;
import dev.cfnlsp.edit.TemplateEdits;
import dev.cfnlsp.edit.TextEdits;
import dev.cfnlsp.rule.TextEdit;
import dev.cfnlsp.template.LineIndex;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.SourcePosition;
import dev.cfnlsp.template.SourceRange;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateFormat;
import dev.cfnlsp.template.TemplateNode;
import dev.cfnlsp.template.TemplateParser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * List and mapping edits that {@link TemplateEdits} does not offer, built on its rendering so they follow the
 * document's style: several items or entries in one edit, an item after a given one, removing an item or an entry, and
 * replacing an entry by another. Each returns empty when the text is not laid out in a way it can edit safely (e.g.
 * the node is a YAML alias of a node written elsewhere).
 */
public final class CollectionEdits {
    private static final Pattern SEPARATOR = Pattern.compile("^(,?(?:\\r?\\n[ \\t]*| ?))");
    private static final Pattern ANCHOR = Pattern.compile("(?:^|[\\s\\[{,:-])&[^\\s,\\[\\]{}]+");

    private final Template template;
    private final TemplateEdits edits;

    private CollectionEdits(Template template, TemplateEdits edits) {
        this.template = template;
        this.edits = edits;
    }

    public static CollectionEdits of(Template template, TemplateEdits edits) {
        return new CollectionEdits(template, edits);
    }

    /** Whether {@code value} is written right after its key, rather than being an alias of a node written earlier. */
    public static boolean writtenInPlace(MappingEntry entry) {
        return !entry.key().range().end().isAfter(entry.value().range().start());
    }

    /** Appends several items after the list's last one, in order, in one edit. */
    public TextEdit appendItems(SequenceNode sequence, List<EditValue> values) {
        if (sequence.items().isEmpty()) {
            TextEdit edit = edits.replaceValue(sequence, new EditValue.Sequence(values));
            return template.format() == TemplateFormat.JSON ? new TextEdit(edit.range(), collapse(edit.newText())) : edit;
        }
        return insertItemsAfter(sequence, sequence.items().size() - 1, values);
    }

    /**
     * Inserts items right after item {@code index}, in order, in one edit. The text is what {@link
     * TemplateEdits#appendItem} writes after the last item (the items of a well-formed list share its layout), moved
     * after the given one. In JSON, a mapping or list item is re-indented under its neighbours, or written on one
     * line when the neighbour is.
     */
    public TextEdit insertItemsAfter(SequenceNode sequence, int index, List<EditValue> values) {
        TemplateNode after = sequence.items().get(index);
        TemplateNode last = sequence.items().get(sequence.items().size() - 1);
        StringBuilder text = new StringBuilder();
        SourcePosition position = null;
        for (EditValue value : values) {
            TextEdit appended = edits.appendItem(sequence, value);
            text.append(template.format() == TemplateFormat.JSON ? fitJson(appended.newText(), after) : appended.newText());
            position = appended.range().start();
        }
        if (after != last && position != null) {
            boolean block = !sequence.flow() && template.format() == TemplateFormat.YAML;
            position = block ? endOfLine(after.range().end()) : after.range().end();
        }
        return new TextEdit(new SourceRange(position, position), text.toString());
    }

    /** Adds several entries after the mapping's last one, in order, in one edit. */
    public TextEdit insertEntries(MappingNode mapping, Map<String, EditValue> entries) {
        StringBuilder text = new StringBuilder();
        TextEdit first = null;
        for (Map.Entry<String, EditValue> entry : entries.entrySet()) {
            TextEdit edit = edits.insertEntry(mapping, entry.getKey(), entry.getValue());
            first = first == null ? edit : first;
            text.append(edit.newText());
        }
        if (first == null) {
            throw new IllegalArgumentException("no entries");
        }
        if (mapping.isEmpty()) {
            TextEdit edit = edits.replaceValue(mapping, new EditValue.Mapping(entries));
            return template.format() == TemplateFormat.JSON ? new TextEdit(edit.range(), collapse(edit.newText())) : edit;
        }
        return new TextEdit(first.range(), text.toString());
    }

    /**
     * Replaces the entry {@code old} of {@code mapping} with {@code key: value} at the same place; comments after the
     * old value on its last line go with it.
     */
    public Optional<TextEdit> replaceEntry(MappingNode mapping, MappingEntry old, String key, EditValue value) {
        if (!writtenInPlace(old) || hasAnchor(old.key().range().start(), old.value().range().end())) {
            return Optional.empty();
        }
        String rendered = edits.insertEntryAfter(mapping, old.name(), key, value).newText();
        Matcher separator = SEPARATOR.matcher(rendered);
        String entryText = separator.find() ? rendered.substring(separator.end()) : rendered;
        SourcePosition end = old.value().range().end();
        if (isBlock(mapping) && restIsComment(end)) {
            end = endOfLine(end);
        }
        return Optional.of(new TextEdit(new SourceRange(old.key().range().start(), end), entryText));
    }

    /** Removes an entry with its key; in block YAML the whole lines it takes. */
    public Optional<TextEdit> deleteEntry(MappingNode mapping, MappingEntry entry) {
        List<MappingEntry> entries = mapping.entries();
        int index = indexOf(entries.stream().map(MappingEntry::key).toList(), entry.key());
        if (index < 0 || entries.size() < 2 || !writtenInPlace(entry)) {
            return Optional.empty();
        }
        SourcePosition start = entry.key().range().start();
        SourcePosition end = entry.value().range().end();
        if (hasAnchor(start, end)) {
            return Optional.empty();
        }
        if (isBlock(mapping)) {
            if (!onlyIndentBefore(start, "")) {
                return Optional.empty();
            }
            return Optional.of(new TextEdit(new SourceRange(new SourcePosition(start.line(), 0), afterLineBreak(end.line())), ""));
        }
        if (index < entries.size() - 1) {
            return Optional.of(new TextEdit(new SourceRange(start, entries.get(index + 1).key().range().start()), ""));
        }
        return Optional.of(new TextEdit(new SourceRange(entries.get(index - 1).value().range().end(), end), ""));
    }

    /**
     * Removes the item at {@code index}. In block YAML it takes the line break before the item's first line through
     * the end of its last line, so an insertion at the end of that line (after the list) does not overlap it.
     */
    public Optional<TextEdit> deleteItem(SequenceNode sequence, int index) {
        List<TemplateNode> items = sequence.items();
        if (items.size() < 2) {
            return Optional.empty();
        }
        TemplateNode item = items.get(index);
        SourcePosition start = item.range().start();
        SourcePosition end = item.range().end();
        if (hasAnchor(start, end)) {
            return Optional.empty();
        }
        if (!sequence.flow() && template.format() == TemplateFormat.YAML) {
            if (start.line() == 0 || !onlyIndentBefore(start, "-")) {
                return Optional.empty();
            }
            LineIndex lines = template.lines();
            SourcePosition from = lines.positionAt(lines.lineEnd(start.line() - 1));
            return Optional.of(new TextEdit(new SourceRange(from, endOfLine(end)), ""));
        }
        if (index < items.size() - 1) {
            return Optional.of(new TextEdit(new SourceRange(start, items.get(index + 1).range().start()), ""));
        }
        return Optional.of(new TextEdit(new SourceRange(items.get(index - 1).range().end(), end), ""));
    }

    /**
     * Whether the text stays well-formed after the edits: a last check before a fix is offered, for layouts the
     * edits above do not foresee (an inserted value next to an unusual flow collection, a comment in the way).
     */
    public boolean keepsWellFormed(List<TextEdit> changes) {
        String changed = TextEdits.apply(template.text(), changes);
        return new TemplateParser().parse(template.uri(), changed).isWellFormed();
    }

    /**
     * Whether an item is written in its list rather than being an alias of a node written earlier (aliases always
     * point backwards, to their anchor).
     */
    public static boolean writtenInPlace(SequenceNode sequence, TemplateNode item) {
        return !sequence.range().start().isAfter(item.range().start());
    }

    /** The position of {@code node} among {@code nodes}, by identity. */
    public static int indexOf(List<? extends TemplateNode> nodes, TemplateNode node) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) == node) {
                return i;
            }
        }
        return -1;
    }

    private boolean isBlock(MappingNode mapping) {
        return !mapping.flow() && template.format() == TemplateFormat.YAML;
    }

    /** Whether the text before a position on its line is indentation, optionally followed by {@code marker}. */
    private boolean onlyIndentBefore(SourcePosition position, String marker) {
        String line = template.lines().lineText(position.line());
        String before = line.substring(0, Math.min(position.character(), line.length())).strip();
        return before.equals(marker);
    }

    private boolean restIsComment(SourcePosition position) {
        String line = template.lines().lineText(position.line());
        String rest = line.substring(Math.min(position.character(), line.length())).strip();
        return rest.isEmpty() || rest.startsWith("#");
    }

    /** Whether the text between two positions defines a YAML anchor, which aliases elsewhere may need. */
    private boolean hasAnchor(SourcePosition start, SourcePosition end) {
        if (template.format() != TemplateFormat.YAML) {
            return false;
        }
        LineIndex lines = template.lines();
        String text = template.text().substring(lines.offsetAt(start), lines.offsetAt(end));
        return ANCHOR.matcher(text).find();
    }

    private SourcePosition endOfLine(SourcePosition position) {
        LineIndex lines = template.lines();
        return lines.positionAt(lines.lineEnd(position.line()));
    }

    private SourcePosition afterLineBreak(int line) {
        LineIndex lines = template.lines();
        return line + 1 < lines.lineCount() ? new SourcePosition(line + 1, 0) : lines.positionAt(lines.lineEnd(line));
    }

    /**
     * JSON items come out of the renderer indented from column 0: indent their continuation lines like the
     * neighbouring item, or put the item on one line when that neighbour is written on one line.
     */
    private String fitJson(String appended, TemplateNode neighbour) {
        Matcher separator = SEPARATOR.matcher(appended);
        int split = separator.find() ? separator.end() : 0;
        String body = appended.substring(split);
        if (!body.contains("\n")) {
            return appended;
        }
        if (neighbour.range().start().line() == neighbour.range().end().line()) {
            return appended.substring(0, split) + collapse(body);
        }
        String line = template.lines().lineText(neighbour.range().start().line());
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        String lineEnding = body.contains("\r\n") ? "\r\n" : "\n";
        return appended.substring(0, split) + body.replace(lineEnding, lineEnding + indent);
    }

    /** Multi-line JSON as one line: strings keep escaped line breaks, so every raw one is layout. */
    private static String collapse(String json) {
        return json.replaceAll(",\\r?\\n[ \\t]*", ", ").replaceAll("\\r?\\n[ \\t]*", "");
    }
}
