package dev.cfnlsp.complete;

import dev.cfnlsp.template.LineIndex;
import dev.cfnlsp.template.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The cursor's context in YAML, from the text alone: the block path from the indentation of the lines above, then,
 * inside a value written on the line (a tag, a flow collection, a scalar), the rest from {@link FlowScanner}.
 */
final class YamlContextDetector {
    /** What a key being typed looks like; anything else on a line without a colon is a value. */
    private static final Pattern KEY_BEING_TYPED = Pattern.compile("(?:[^\\s!\"'\\[\\]{}&*|>#,%@`][^\\s]*)?");

    private final String text;
    private final int offset;
    private final YamlText lines;
    private final YamlStructure structure;
    private final int cursorLine;

    private YamlContextDetector(String text, int offset) {
        this.text = text;
        this.offset = offset;
        LineIndex index = new LineIndex(text);
        SourcePosition position = index.positionAt(offset);
        this.cursorLine = position.line();
        this.lines = new YamlText(text, index, position.line(), position.character());
        this.structure = new YamlStructure(lines);
    }

    static List<CursorContext> detect(String text, int offset) {
        return new YamlContextDetector(text, offset).detect();
    }

    private List<CursorContext> detect() {
        YamlLine line = lines.line(cursorLine);
        List<YamlElement> elements = line.elements();
        int contentColumn = line.contentColumn();
        YamlStructure.Node typedKey = new YamlStructure.Node(cursorLine, elements.size(),
                new YamlElement(contentColumn, "", null, -1));
        YamlStructure.Node leftmost = elements.isEmpty() ? typedKey : new YamlStructure.Node(cursorLine, 0, elements.get(0));
        YamlStructure.Node owner = structure.parentOf(leftmost).node();
        if (owner != null && owner.line() < cursorLine && !owner.element().opensBlock()) {
            return insideValueFromAbove(owner);
        }
        YamlElement last = elements.isEmpty() ? null : elements.get(elements.size() - 1);
        if (last != null && !last.isDash()) {
            return inlineValue(new YamlStructure.Node(cursorLine, elements.size() - 1, last), last.valueOffset());
        }
        int contentStart = lines.lineStart(cursorLine) + contentColumn;
        String content = text.substring(contentStart, offset);
        if (!KEY_BEING_TYPED.matcher(content).matches()) {
            if (last != null) {
                return inlineValue(new YamlStructure.Node(cursorLine, elements.size() - 1, last), last.valueOffset());
            }
            // "Key:" with its value starting on this line.
            return owner == null ? List.of() : inlineValue(owner, owner.element().valueOffset());
        }
        Token token = new Token(contentStart, content, Token.PLAIN);
        List<CursorContext> contexts = new ArrayList<>();
        if (last != null) {
            // "- Bu": a list item, or the first key of a mapping item; the completion sources tell them apart.
            YamlStructure.Node dash = new YamlStructure.Node(cursorLine, elements.size() - 1, last);
            BlockPath item = structure.pathOf(dash, true);
            List<String> previousItems = structure.parentOf(dash).previousItems();
            contexts.add(new CursorContext(Slot.VALUE, item.segments(), item.scopes(), token, previousItems, "", false));
        }
        BlockPath mapping = structure.pathOf(typedKey, false);
        contexts.add(new CursorContext(Slot.KEY, mapping.segments(), mapping.scopes(), token, List.of(),
                " ".repeat(contentColumn), false));
        return contexts;
    }

    /** The cursor's line continues the value of a key above: a block scalar, or a flow collection or quoted string. */
    private List<CursorContext> insideValueFromAbove(YamlStructure.Node owner) {
        YamlElement holder = owner.element();
        if (holder.isBlockScalar()) {
            BlockPath path = structure.pathOf(owner, true);
            List<Object> segments = new ArrayList<>(path.segments());
            List<Map<String, String>> scopes = new ArrayList<>(path.scopes());
            holder.blockScalarTag().ifPresent(function -> {
                segments.add(function);
                scopes.add(Map.of());
            });
            int start = lines.lineStart(cursorLine);
            while (start < offset && text.charAt(start) == ' ') {
                start++;
            }
            Token token = new Token(start, text.substring(start, offset), Token.PLAIN);
            return List.of(new CursorContext(Slot.VALUE, segments, scopes, token, List.of(), "", false));
        }
        return holder.continuesOnNextLines() ? inlineValue(owner, holder.valueOffset()) : List.of();
    }

    /** The value of {@code anchor} as written from {@code from}, read up to the cursor. */
    private List<CursorContext> inlineValue(YamlStructure.Node anchor, int from) {
        BlockPath base = structure.pathOf(anchor, true);
        String indent = TextLines.indentationAt(text, offset);
        return FlowScanner.yaml(text, from, offset, structure.regionEnd(anchor.element().column()))
                .map(cursor -> new CursorContext(cursor.slot(),
                        concat(base.segments(), cursor.segments()), concat(base.scopes(), cursor.scopes()),
                        cursor.token(), cursor.previousItems(), indent, cursor.inFlow()))
                .stream().toList();
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
