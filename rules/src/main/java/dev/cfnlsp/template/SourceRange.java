package dev.cfnlsp.template;

import java.util.Objects;

/**
 * A half-open range [start, end) in a document. Kept as four ints rather than two position objects: every node and
 * key of a template has one, and the objects made up a third of a large template's model.
 */
public final class SourceRange {
    private final int startLine;
    private final int startCharacter;
    private final int endLine;
    private final int endCharacter;

    public SourceRange(SourcePosition start, SourcePosition end) {
        this(start.line(), start.character(), end.line(), end.character());
    }

    private SourceRange(int startLine, int startCharacter, int endLine, int endCharacter) {
        this.startLine = startLine;
        this.startCharacter = startCharacter;
        this.endLine = endLine;
        this.endCharacter = endCharacter;
    }

    public static SourceRange of(int startLine, int startCharacter, int endLine, int endCharacter) {
        return new SourceRange(startLine, startCharacter, endLine, endCharacter);
    }

    public static SourceRange at(SourcePosition position) {
        return new SourceRange(position, position);
    }

    public SourcePosition start() {
        return new SourcePosition(startLine, startCharacter);
    }

    public SourcePosition end() {
        return new SourcePosition(endLine, endCharacter);
    }

    /** True when the position lies inside the range, its end included (a cursor right after a word still touches it). */
    public boolean contains(SourcePosition position) {
        return !start().isAfter(position) && !position.isAfter(end());
    }

    public boolean contains(SourceRange other) {
        return contains(other.start()) && contains(other.end());
    }

    /** Whether this range starts before the other one does. */
    public boolean startsBefore(SourceRange other) {
        return startLine < other.startLine || startLine == other.startLine && startCharacter < other.startCharacter;
    }

    /** The same range moved by whole lines. */
    public SourceRange shiftedBy(int lines) {
        return new SourceRange(startLine + lines, startCharacter, endLine + lines, endCharacter);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceRange range && range.startLine == startLine && range.startCharacter == startCharacter
                && range.endLine == endLine && range.endCharacter == endCharacter;
    }

    @Override
    public int hashCode() {
        return Objects.hash(startLine, startCharacter, endLine, endCharacter);
    }

    @Override
    public String toString() {
        return "SourceRange[start=" + start() + ", end=" + end() + "]";
    }
}
