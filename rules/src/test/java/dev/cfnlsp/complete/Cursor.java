package dev.cfnlsp.complete;

/** A test document with the cursor marked by {@code <|>}. */
record Cursor(String text, int offset) {
    static final String MARK = "<|>";

    static Cursor in(String marked) {
        int offset = marked.indexOf(MARK);
        if (offset < 0 || marked.indexOf(MARK, offset + 1) >= 0) {
            throw new IllegalArgumentException("mark the cursor with exactly one " + MARK);
        }
        return new Cursor(marked.substring(0, offset) + marked.substring(offset + MARK.length()), offset);
    }
}
