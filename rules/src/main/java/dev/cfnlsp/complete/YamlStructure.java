package dev.cfnlsp.complete;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML block structure upwards from a node, by indentation alone, so it works on text that does not parse:
 * a node's parent is the nearest element to its left, on its own line or the lines above.
 */
final class YamlStructure {
    /** An element of a line, by its index there; a key still being typed is an element past the line's last one. */
    record Node(int line, int index, YamlElement element) {
    }

    /** The element that holds a node (null at the document's root); for a dash, the items before it. */
    record Parent(Node node, List<String> previousItems) {
        int siblingIndex() {
            return previousItems.size();
        }
    }

    private final YamlText lines;

    YamlStructure(YamlText lines) {
        this.lines = lines;
    }

    Parent parentOf(Node node) {
        int column = node.element().column();
        boolean dash = node.element().isDash();
        List<String> siblings = new ArrayList<>();
        for (int line = node.line(); line >= 0; line--) {
            if (line != node.line() && lines.indentedPast(line, column)) {
                continue;
            }
            List<YamlElement> elements = lines.line(line).elements();
            int from = line == node.line() ? Math.min(node.index(), elements.size()) : elements.size();
            for (int i = from - 1; i >= 0; i--) {
                YamlElement element = elements.get(i);
                if (element.column() > column) {
                    continue;
                }
                if (element.column() == column) {
                    if (dash && element.isDash()) {
                        siblings.add(0, element.scalar());
                        continue;
                    }
                    // A list may sit at its key's own column: "Tags:" then "- Key: a".
                    boolean keyOfIndentlessList = dash && element.opensBlock();
                    if (!keyOfIndentlessList) {
                        continue;
                    }
                }
                return new Parent(new Node(line, i, element), List.copyOf(siblings));
            }
        }
        return new Parent(null, List.copyOf(siblings));
    }

    /**
     * The path from the root to {@code node}: with the node's own key or index when {@code ownSegment}, else ending
     * at the mapping the node is a key of (whose entries then close the scopes).
     */
    BlockPath pathOf(Node node, boolean ownSegment) {
        Deque<Object> segments = new ArrayDeque<>();
        Deque<Map<String, String>> scopes = new ArrayDeque<>();
        Node current = node;
        boolean own = ownSegment;
        while (true) {
            Parent parent = parentOf(current);
            if (!own) {
                scopes.addFirst(entriesOf(current));
            } else if (current.element().isDash()) {
                segments.addFirst(parent.siblingIndex());
                scopes.addFirst(Map.of());
            } else {
                segments.addFirst(current.element().key());
                scopes.addFirst(entriesOf(current));
            }
            if (parent.node() == null) {
                return new BlockPath(List.copyOf(segments), List.copyOf(scopes));
            }
            parent.node().element().tagOnly().ifPresent(function -> {
                segments.addFirst(function);
                scopes.addFirst(Map.of());
            });
            current = parent.node();
            own = true;
        }
    }

    /** The keys, with their scalar values, of the block mapping that has a key at the node's column and line. */
    private Map<String, String> entriesOf(Node node) {
        List<YamlElement> elements = lines.line(node.line()).elements();
        boolean itemStartsHere = node.index() > 0 && elements.get(node.index() - 1).isDash();
        int column = node.element().column();
        Map<String, String> entries = new HashMap<>();
        if (!node.element().key().isEmpty()) {
            entries.put(node.element().key(), node.element().scalar());
        }
        for (int line = node.line() - 1; line >= 0 && !itemStartsHere; line--) {
            if (lines.indentedPast(line, column)) {
                continue;
            }
            YamlLine above = lines.line(line);
            if (above.elements().isEmpty() || above.firstColumn() > column) {
                continue;
            }
            above.keyAt(column).ifPresent(key -> entries.putIfAbsent(key.key(), key.scalar()));
            if (above.firstColumn() < column) {
                break;
            }
        }
        for (int line = node.line() + 1; line < lines.lineCount(); line++) {
            if (lines.indentedPast(line, column)) {
                continue;
            }
            YamlLine below = lines.line(line);
            if (below.elements().isEmpty() || below.firstColumn() > column) {
                continue;
            }
            if (below.firstColumn() < column) {
                break;
            }
            below.keyAt(column).ifPresent(key -> entries.putIfAbsent(key.key(), key.scalar()));
        }
        return Map.copyOf(entries);
    }

    /** Where the block under an element at {@code column} ends: the first later line indented no deeper. */
    int regionEnd(int column) {
        for (int line = lines.cursorLine() + 1; line < lines.lineCount(); line++) {
            YamlLine below = lines.line(line);
            if (!below.blank() && below.firstColumn() <= column) {
                return lines.lineStart(line);
            }
        }
        return lines.text().length();
    }
}
