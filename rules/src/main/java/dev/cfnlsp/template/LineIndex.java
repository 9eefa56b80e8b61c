package dev.cfnlsp.template;

import java.util.Arrays;

/** Converts between UTF-16 offsets in a text and line/character positions; understands LF, CRLF and lone CR. */
public final class LineIndex {
    private final String text;
    private final int[] lineStarts;

    public LineIndex(String text) {
        this.text = text;
        Starts starts = new Starts(text.length() / 32);
        starts.add(0);
        starts.scan(text, 0, text.length());
        this.lineStarts = starts.toArray();
    }

    private LineIndex(String text, int[] lineStarts) {
        this.text = text;
        this.lineStarts = lineStarts;
    }

    /**
     * The index of {@code newText}, made from this index's text by replacing [start, oldEnd): the lines before the
     * edit are kept, the edited span is scanned again, and the lines after it are moved, instead of scanning it all.
     */
    LineIndex edited(String newText, int start, int oldEnd) {
        int delta = newText.length() - text.length();
        // From the line of the character before the edit: a CR there may have become the first half of a CRLF.
        int firstLine = positionAt(Math.max(0, start - 1)).line();
        int rescanEnd = Math.min(newText.length(), oldEnd + delta + 2);
        Starts rescanned = new Starts(16);
        rescanned.scan(newText, lineStarts[firstLine], rescanEnd);
        int firstAfter = firstLine + 1;
        while (firstAfter < lineStarts.length && lineStarts[firstAfter] <= oldEnd + 2) {
            firstAfter++;
        }
        int after = lineStarts.length - firstAfter;
        int[] starts = new int[firstLine + 1 + rescanned.count + after];
        System.arraycopy(lineStarts, 0, starts, 0, firstLine + 1);
        System.arraycopy(rescanned.values, 0, starts, firstLine + 1, rescanned.count);
        for (int i = 0; i < after; i++) {
            starts[firstLine + 1 + rescanned.count + i] = lineStarts[firstAfter + i] + delta;
        }
        return new LineIndex(newText, starts);
    }

    /** A growing list of line starts. */
    private static final class Starts {
        private int[] values;
        private int count;

        Starts(int capacity) {
            values = new int[Math.max(16, capacity)];
        }

        void add(int value) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = value;
        }

        /** Adds the start of the line after every line break in [from, to) of the text. */
        void scan(String text, int from, int to) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    add(i + 1);
                }
            }
        }

        int[] toArray() {
            return Arrays.copyOf(values, count);
        }
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public SourcePosition positionAt(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int line = Arrays.binarySearch(lineStarts, clamped);
        if (line < 0) {
            line = -line - 2;
        }
        return new SourcePosition(line, clamped - lineStarts[line]);
    }

    /** The offset of a position, clamped to the document and to the end of its line. */
    public int offsetAt(SourcePosition position) {
        if (position.line() < 0) {
            return 0;
        }
        if (position.line() >= lineStarts.length) {
            return text.length();
        }
        int start = lineStarts[position.line()];
        return Math.min(start + Math.max(0, position.character()), lineEnd(position.line()));
    }

    public SourceRange rangeOf(int startOffset, int endOffset) {
        return new SourceRange(positionAt(startOffset), positionAt(endOffset));
    }

    /** Offset just before the line break that ends the line (or the end of the text). */
    public int lineEnd(int line) {
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
        while (end > lineStarts[line] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length - 1))];
    }

    public String lineText(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    public SourcePosition end() {
        return positionAt(text.length());
    }
}
