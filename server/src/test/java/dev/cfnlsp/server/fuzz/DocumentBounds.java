package dev.cfnlsp.server.fuzz;

import java.util.Arrays;
import java.util.Optional;

/**
 * The lines of a text as LSP counts them (breaks are LF, CRLF and a lone CR; characters are UTF-16 units), written
 * independently of the engine's {@code LineIndex} so a bug there cannot hide itself. Says whether a position or
 * range lies inside the document, and converts offsets to positions for the edits and requests the fuzzer sends.
 */
public final class DocumentBounds {
    private final String text;
    private final int[] lineStarts;
    private final int[] lineEnds;

    private DocumentBounds(String text) {
        this.text = text;
        int[] starts = new int[64];
        int[] ends = new int[64];
        int count = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (count + 1 >= starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                    ends = Arrays.copyOf(ends, ends.length * 2);
                }
                starts[count] = start;
                ends[count++] = i;
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (count + 1 >= starts.length) {
            starts = Arrays.copyOf(starts, count + 2);
            ends = Arrays.copyOf(ends, count + 2);
        }
        starts[count] = start;
        ends[count++] = text.length();
        this.lineStarts = Arrays.copyOf(starts, count);
        this.lineEnds = Arrays.copyOf(ends, count);
    }

    public static DocumentBounds of(String text) {
        return new DocumentBounds(text);
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public int lineLength(int line) {
        return lineEnds[line] - lineStarts[line];
    }

    /** Why the position is not inside the document, or empty when it is. */
    public Optional<String> checkPosition(int line, int character) {
        if (line < 0 || line >= lineCount()) {
            return Optional.of("line " + line + " is outside the document's " + lineCount() + " lines");
        }
        if (character < 0 || character > lineLength(line)) {
            return Optional.of("character " + character + " is outside line " + line + " of length " + lineLength(line));
        }
        int offset = lineStarts[line] + character;
        if (character > 0 && character < lineLength(line)
                && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset))) {
            return Optional.of("position " + line + ":" + character + " splits a surrogate pair");
        }
        return Optional.empty();
    }

    /** Why the range is not inside the document (or is reversed), or empty when it is fine. */
    public Optional<String> checkRange(int startLine, int startCharacter, int endLine, int endCharacter) {
        Optional<String> start = checkPosition(startLine, startCharacter);
        if (start.isPresent()) {
            return start.map(s -> "start: " + s);
        }
        Optional<String> end = checkPosition(endLine, endCharacter);
        if (end.isPresent()) {
            return end.map(s -> "end: " + s);
        }
        if (startLine > endLine || startLine == endLine && startCharacter > endCharacter) {
            return Optional.of("the range ends before it starts");
        }
        return Optional.empty();
    }

    /** Moves an offset off the middle of a CRLF or of a surrogate pair (backwards), and into the text. */
    public int snap(int offset) {
        int o = Math.max(0, Math.min(offset, text.length()));
        if (o > 0 && o < text.length()) {
            if (text.charAt(o - 1) == '\r' && text.charAt(o) == '\n') {
                o--;
            } else if (Character.isHighSurrogate(text.charAt(o - 1)) && Character.isLowSurrogate(text.charAt(o))) {
                o--;
            }
        }
        return o;
    }

    /** {line, character} of an offset that {@link #snap} leaves alone. */
    public int[] position(int offset) {
        int line = Arrays.binarySearch(lineStarts, offset);
        if (line < 0) {
            line = -line - 2;
        }
        // An offset on a line break belongs to the line the break ends.
        return new int[] {line, Math.min(offset, lineEnds[line]) - lineStarts[line]};
    }

    /** The offset of a position inside the document (a character past the line's end means its end). */
    public int offset(int line, int character) {
        return lineStarts[line] + Math.min(character, lineLength(line));
    }

    public int lineStart(int line) {
        return lineStarts[line];
    }

    public int lineEnd(int line) {
        return lineEnds[line];
    }
}
