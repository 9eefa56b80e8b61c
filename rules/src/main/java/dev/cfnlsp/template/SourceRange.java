package dev.cfnlsp.template;

/** A half-open range [start, end) in a document. */
public record SourceRange(SourcePosition start, SourcePosition end) {

    public static SourceRange of(int startLine, int startCharacter, int endLine, int endCharacter) {
        return new SourceRange(new SourcePosition(startLine, startCharacter), new SourcePosition(endLine, endCharacter));
    }

    public static SourceRange at(SourcePosition position) {
        return new SourceRange(position, position);
    }

    /** True when the position lies inside the range, its end included (a cursor right after a word still touches it). */
    public boolean contains(SourcePosition position) {
        return !start.isAfter(position) && !position.isAfter(end);
    }

    public boolean contains(SourceRange other) {
        return contains(other.start) && contains(other.end);
    }
}
