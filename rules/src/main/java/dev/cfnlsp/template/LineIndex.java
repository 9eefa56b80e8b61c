package dev.cfnlsp.template;

import java.util.Arrays;

/** Converts between UTF-16 offsets in a text and line/character positions; understands LF, CRLF and lone CR. */
public final class LineIndex {
    private final String text;
    private final int[] lineStarts;

    public LineIndex(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineBreak) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
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
