package dev.cfnlsp.template;

/**
 * How a version's text was made from an earlier one by one edit: {@code [start, oldEnd)} of the earlier text became
 * {@code [start, newEnd)} of this one, and everything before and after is the same. Holds the earlier text, not the
 * earlier model, so versions never chain up in memory.
 */
public record Revision(String earlierText, int start, int oldEnd, int newEnd) {

    /** Whether this is the edit that made a version out of that template's text (the very same text object). */
    public boolean isFrom(Template earlier) {
        return earlier.text() == earlierText;
    }

    /** How far text after the edit moved. */
    public int shift() {
        return newEnd - oldEnd;
    }
}
