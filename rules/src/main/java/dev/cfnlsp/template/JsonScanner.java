package dev.cfnlsp.template;

/** Finds where a JSON token that Jackson has already validated ends in the source text. */
final class JsonScanner {
    private JsonScanner() {
    }

    /** The offset just after the closing quote of the string that opens at {@code start}. */
    static int endOfString(String text, int start) {
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i + 1;
            }
        }
        return text.length();
    }

    /** The offset just after a number, {@code true}, {@code false} or {@code null} starting at {@code start}. */
    static int endOfLiteral(String text, int start) {
        int i = start;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || "+-.".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }
}
