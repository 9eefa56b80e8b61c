package dev.cfnlsp.complete;

/**
 * The text typed so far at the cursor: it starts at {@code start} (after the opening quote, if any) and ends at the
 * cursor; {@code quote} is the opening quote character, or 0 for a plain token.
 */
record Token(int start, String text, char quote) {
    static final char PLAIN = 0;

    int end() {
        return start + text.length();
    }

    boolean isQuoted() {
        return quote != PLAIN;
    }
}
