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

    private YamlContextDetector(String text, LineIndex index, int offset) {
        this.text = text;
        this.offset = offset;
        SourcePosition position = index.positionAt(offset);
        this.cursorLine = position.line();
        this.lines = new YamlText(text, index, position.line(), position.character());
        this.structure = new YamlStructure(lines);
    }

    static List<CursorContext> detect(String text, LineIndex lines, int offset) {
        return new YamlContextDetector(text, lines, offset).detect();
    }

    private List<CursorContext> detect() {
        YamlLine line = lines.line(cursorLine);
        List<YamlElement> elements = line.elements();
        int contentColumn = line.contentColumn();
        YamlStructure.Node typedKey = new YamlStructure.Node(cursorLine, elements.size(),
                new YamlElement(contentColumn, "", null, -1));
        YamlStructure.Node last = elements.isEmpty() ? null
                : new YamlStructure.Node(cursorLine, elements.size() - 1, elements.get(elements.size() - 1));
        YamlStructure.Node owner = structure.parentOf(elements.isEmpty() ? typedKey
                : new YamlStructure.Node(cursorLine, 0, elements.get(0))).node();
        if (owner != null && owner.line() < cursorLine && !owner.element().opensBlock()) {
            return insideValueFromAbove(owner);
        }
        if (last != null && !last.element().isDash()) {
            return inlineValue(last);
        }
        int contentStart = lines.lineStart(cursorLine) + contentColumn;
        Token token = new Token(contentStart, text.substring(contentStart, offset), Token.PLAIN);
        if (!KEY_BEING_TYPED.matcher(token.text()).matches()) {
            // "- value", or a "Key:" above whose value starts on this line.
            YamlStructure.Node holder = last != null ? last : owner;
            return holder == null ? List.of() : inlineValue(holder);
        }
        List<CursorContext> contexts = new ArrayList<>();
        if (last != null) {
            // "- Bu": a list item, or the first key of a mapping item; the completion sources tell them apart.
            BlockPath item = structure.pathOf(last, true);
            List<String> previousItems = structure.parentOf(last).previousItems();
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
        return holder.continuesOnNextLines() ? inlineValue(owner) : List.of();
    }

    /**
     * The value of {@code anchor} as written after its colon or dash, read up to the cursor. A key there goes into a
     * flow mapping, written on one line, so no indentation is needed.
     */
    private List<CursorContext> inlineValue(YamlStructure.Node anchor) {
        BlockPath base = structure.pathOf(anchor, true);
        return FlowScanner.yaml(text, anchor.element().valueOffset(), offset, structure.regionEnd(anchor.element().column()))
                .map(cursor -> new CursorContext(cursor.slot(),
                        concat(base.segments(), cursor.segments()), concat(base.scopes(), cursor.scopes()),
                        cursor.token(), cursor.previousItems(), "", cursor.inFlow()))
                .stream().toList();
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
