package dev.cfnlsp.complete;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads JSON, or a YAML value written inline (flow collections, tags, scalars), from a start offset to the cursor,
 * keeping a stack of the open collections. Past the cursor it reads on only to collect the keys of the still-open
 * mappings, so keys written after the cursor count as present. Lenient: unclosed strings and brackets are fine.
 */
final class FlowScanner {
    private static final String FLOW_INDICATORS = ",[]{}";

    private final String text;
    private final int cursor;
    private final int end;
    private final boolean yaml;
    private final List<FlowFrame> frames = new ArrayList<>();
    private boolean rootDone;
    private int lastNodeEnd = -1;
    private boolean reachedCursor;
    /** The state at the cursor; its scopes are the frames' own maps, so that entries read later are added. */
    private FlowCursor atCursor;

    private FlowScanner(String text, int cursor, int end, boolean yaml) {
        this.text = text;
        this.cursor = cursor;
        this.end = end;
        this.yaml = yaml;
    }

    static Optional<FlowCursor> json(String text, int cursor) {
        return new FlowScanner(text, cursor, text.length(), false).scan(0);
    }

    static Optional<FlowCursor> yaml(String text, int from, int cursor, int end) {
        return new FlowScanner(text, cursor, Math.max(end, cursor), true).scan(from);
    }

    private Optional<FlowCursor> scan(int from) {
        int pos = from;
        while (pos < end && !(reachedCursor && (atCursor == null || frames.isEmpty()))) {
            if (!reachedCursor && pos >= cursor) {
                reach(new Token(cursor, "", Token.PLAIN));
            }
            pos = step(pos);
        }
        if (!reachedCursor) {
            reach(new Token(cursor, "", Token.PLAIN));
        }
        return Optional.ofNullable(atCursor).map(c -> new FlowCursor(c.slot(), c.segments(),
                c.scopes().stream().map(Map::copyOf).toList(), c.token(), c.previousItems(), c.inFlow()));
    }

    /** Reads one character or token at {@code pos}; returns where the next one starts. */
    private int step(int pos) {
        char c = text.charAt(pos);
        if (Character.isWhitespace(c)) {
            return pos + 1;
        }
        if (yaml && c == '#' && (pos == 0 || Character.isWhitespace(text.charAt(pos - 1)))) {
            int lineEnd = lineEnd(pos);
            if (!reachedCursor && cursor <= lineEnd) {
                reach(null);
            }
            return lineEnd;
        }
        FlowFrame top = top();
        if (c == '{' || c == '[') {
            frames.add(c == '{' ? FlowFrame.mapping() : FlowFrame.sequence());
            return pos + 1;
        }
        if (inFlow() && (c == '}' || c == ']')) {
            close(pos + 1);
            return pos + 1;
        }
        if (inFlow() && c == ',') {
            popTags();
            if (top() != null) {
                top().next();
            }
            return pos + 1;
        }
        if (c == ':' && top != null && top.kind == FlowFrame.Kind.MAPPING && !top.afterColon) {
            top.colon();
            return pos + 1;
        }
        if (yaml && c == '!') {
            int tagEnd = plainEnd(pos, true);
            if (!reachedCursor && cursor > pos && cursor <= tagEnd) {
                // A tag being typed starts the value here.
                reach(new Token(pos, text.substring(pos, cursor), Token.PLAIN));
            }
            frames.add(FlowFrame.tag(YamlElement.functionOf(text.substring(pos, tagEnd))));
            return tagEnd;
        }
        if (c == '"' || c == '\'') {
            return quoted(pos, c);
        }
        int plainEnd = plainEnd(pos, false);
        boolean holdsCursor = !reachedCursor && cursor >= pos && cursor <= plainEnd;
        if (holdsCursor) {
            reach(new Token(pos, text.substring(pos, cursor), Token.PLAIN));
        }
        completed(text.substring(pos, plainEnd).strip(), holdsCursor, plainEnd);
        return plainEnd;
    }

    private int quoted(int open, char quote) {
        int i = open + 1;
        boolean closed = false;
        while (i < end) {
            char c = text.charAt(i);
            if (c == '\n' && !yaml) {
                break;
            }
            if (c == '\\' && quote == '"') {
                i += 2;
                continue;
            }
            if (c == quote) {
                if (quote == '\'' && i + 1 < end && text.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                closed = true;
                break;
            }
            i++;
        }
        int contentEnd = Math.min(i, end);
        boolean holdsCursor = !reachedCursor && cursor > open && cursor <= contentEnd;
        if (holdsCursor) {
            int start = Math.max(open + 1, text.lastIndexOf('\n', cursor - 1) + 1);
            reach(new Token(start, text.substring(start, cursor), quote));
        }
        int next = closed ? contentEnd + 1 : contentEnd;
        completed(text.substring(open + 1, contentEnd), holdsCursor, next);
        return next;
    }

    /** The end of a plain scalar (or, with {@code tag}, of a tag) starting at {@code pos}; at least one character. */
    private int plainEnd(int pos, boolean tag) {
        boolean flow = inFlow();
        for (int i = pos + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || (tag || !yaml) && Character.isWhitespace(c)) {
                return i;
            }
            if ((flow || tag) && FLOW_INDICATORS.indexOf(c) >= 0) {
                return i;
            }
            if (yaml && c == '#' && Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
            if (!tag && c == ':' && (i + 1 >= end || Character.isWhitespace(text.charAt(i + 1))
                    || flow && FLOW_INDICATORS.indexOf(text.charAt(i + 1)) >= 0)) {
                return i;
            }
        }
        return end;
    }

    private void close(int after) {
        int collection = frames.size() - 1;
        while (collection >= 0 && !frames.get(collection).isCollection()) {
            collection--;
        }
        if (collection < 0) {
            return;
        }
        frames.subList(collection, frames.size()).clear();
        completed("", false, after);
    }

    /** A node (scalar or collection) ended: it is the argument of any tags before it, then a key, value or item. */
    private void completed(String scalar, boolean typedAtCursor, int nodeEnd) {
        boolean tagged = popTags();
        lastNodeEnd = nodeEnd;
        if (frames.isEmpty()) {
            rootDone = true;
            return;
        }
        top().completed(tagged ? "" : scalar, typedAtCursor);
    }

    private boolean popTags() {
        boolean popped = false;
        while (!frames.isEmpty() && !top().isCollection()) {
            frames.remove(frames.size() - 1);
            popped = true;
        }
        return popped;
    }

    /** Records the state at the cursor; a null token means there is nothing to complete there (a comment). */
    private void reach(Token token) {
        reachedCursor = true;
        Slot slot = token == null ? null : slotAtCursor();
        if (slot == null) {
            return;
        }
        List<Object> segments = new ArrayList<>();
        List<Map<String, String>> scopes = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            FlowFrame frame = frames.get(i);
            boolean receivesKey = slot == Slot.KEY && i == frames.size() - 1;
            switch (frame.kind) {
                case TAG -> segments.add(frame.function);
                case SEQUENCE -> segments.add(frame.index);
                case MAPPING -> {
                    if (!receivesKey) {
                        segments.add(frame.key == null ? "" : frame.key);
                    }
                }
            }
            scopes.add(frame.kind == FlowFrame.Kind.MAPPING ? frame.entries : Map.of());
        }
        FlowFrame top = top();
        List<String> previousItems = top != null && top.kind == FlowFrame.Kind.SEQUENCE ? List.copyOf(top.items) : List.of();
        atCursor = new FlowCursor(slot, segments, scopes, token, previousItems, inFlow());
    }

    private Slot slotAtCursor() {
        FlowFrame top = top();
        if (top == null) {
            return rootDone ? null : Slot.VALUE;
        }
        return switch (top.kind) {
            case TAG -> Slot.VALUE;
            case SEQUENCE -> top.nodeDone ? null : Slot.VALUE;
            case MAPPING -> {
                if (!top.afterColon) {
                    yield top.nodeDone ? null : Slot.KEY;
                }
                if (top.nodeDone) {
                    // A value, then a new line: the comma is still to be typed, but a key is coming.
                    yield text.substring(lastNodeEnd, cursor).contains("\n") ? Slot.KEY : null;
                }
                yield Slot.VALUE;
            }
        };
    }

    private FlowFrame top() {
        return frames.isEmpty() ? null : frames.get(frames.size() - 1);
    }

    /** Asked at almost every character, so a loop rather than a stream: outermost frames first, where JSON's is. */
    private boolean inFlow() {
        for (FlowFrame frame : frames) {
            if (frame.isCollection()) {
                return true;
            }
        }
        return false;
    }

    private int lineEnd(int pos) {
        int newline = text.indexOf('\n', pos);
        return newline < 0 || newline > end ? end : newline;
    }
}
