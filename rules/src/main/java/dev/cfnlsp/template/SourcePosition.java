package dev.cfnlsp.template;

/** A position in a document: 0-based line and 0-based UTF-16 character offset in that line (LSP convention). */
public record SourcePosition(int line, int character) implements Comparable<SourcePosition> {

    @Override
    public int compareTo(SourcePosition other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(character, other.character);
    }

    public boolean isAfter(SourcePosition other) {
        return compareTo(other) > 0;
    }
}
