package dev.cfnlsp.complete;

/** Small questions about the line around an offset. */
final class TextLines {
    private TextLines() {
    }

    /** The leading whitespace of the line that holds {@code offset}. */
    static String indentationAt(String text, int offset) {
        int start = lineStart(text, offset);
        int end = start;
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(start, end);
    }

    static int lineStart(String text, int offset) {
        return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
    }
}
