package dev.cfnlsp.complete;

/** A test document with the cursor marked by {@code |}. */
record Cursor(String text, int offset) {
    static Cursor in(String marked) {
        int offset = marked.indexOf('|');
        if (offset < 0 || marked.indexOf('|', offset + 1) >= 0) {
            throw new IllegalArgumentException("mark the cursor with exactly one |");
        }
        return new Cursor(marked.substring(0, offset) + marked.substring(offset + 1), offset);
    }
}
