package dev.cfnlsp.template;

import java.lang.ref.WeakReference;

/**
 * How a version's text was made from an earlier one by one edit: {@code [start, oldEnd)} of the earlier text became
 * {@code [start, newEnd)} of this one, and everything before and after is the same. The earlier text is held weakly:
 * it is only ever compared, by identity, with the text of an earlier version still in use, and holding it would keep
 * a large document's text alive for one version longer than its model.
 */
public final class Revision {
    private final WeakReference<String> earlierText;
    private final int start;
    private final int oldEnd;
    private final int newEnd;

    Revision(String earlierText, int start, int oldEnd, int newEnd) {
        this.earlierText = new WeakReference<>(earlierText);
        this.start = start;
        this.oldEnd = oldEnd;
        this.newEnd = newEnd;
    }

    /** Whether this is the edit that made a version out of that template's text (the very same text object). */
    public boolean isFrom(Template earlier) {
        return earlier.text() == earlierText.get();
    }

    public int start() {
        return start;
    }

    public int oldEnd() {
        return oldEnd;
    }

    public int newEnd() {
        return newEnd;
    }

    /** How far text after the edit moved. */
    public int shift() {
        return newEnd - oldEnd;
    }
}
