package dev.cfnlsp.complete;

import dev.cfnlsp.template.TemplateFormat;

/** Completion items that replace what was typed at the cursor, written the way the context needs. */
final class Insertions {
    private Insertions() {
    }

    /** A string value; JSON gets quotes unless the cursor is already inside a string. */
    static Completion value(CompletionInput input, String value, CompletionKind kind, String detail) {
        boolean quote = input.format() == TemplateFormat.JSON && !input.cursor().token().isQuoted();
        return replacingToken(input, value, kind, detail, quote ? "\"" + value + "\"" : value);
    }

    /** A value written as is in both formats ({@code true}). */
    static Completion literal(CompletionInput input, String value, CompletionKind kind, String detail) {
        return replacingToken(input, value, kind, detail, value);
    }

    /** A name replacing only the text typed after {@code start}: a {@code ${Sub}} variable, an attribute after a dot. */
    static Completion within(CompletionInput input, int start, String label, String inserted, CompletionKind kind,
                             String detail) {
        Token token = input.cursor().token();
        return new Completion(label, kind, detail, inserted, false, input.range(start, token.end()), label);
    }

    /** A key with its value's layout, as a snippet; in JSON it replaces the whole quoted key being typed. */
    static Completion key(CompletionInput input, String label, String snippet, CompletionKind kind, String detail) {
        Token token = input.cursor().token();
        int start = token.start();
        int end = token.end();
        String filterText = label;
        if (input.format() == TemplateFormat.JSON && token.isQuoted()) {
            start--;
            end = afterClosingQuote(input.text(), end);
            filterText = token.quote() + label;
        }
        return new Completion(label, kind, detail, snippet, true, input.range(start, end), filterText);
    }

    private static Completion replacingToken(CompletionInput input, String label, CompletionKind kind, String detail,
                                             String inserted) {
        Token token = input.cursor().token();
        String text = input.text();
        boolean rightAfterColon = token.text().isEmpty() && !token.isQuoted() && token.start() > 0
                && text.charAt(token.start() - 1) == ':';
        return new Completion(label, kind, detail, (rightAfterColon ? " " : "") + inserted, false,
                input.range(token.start(), token.end()), label);
    }

    /** The rest of a quoted key after the cursor and its closing quote, which an editor often inserted already. */
    private static int afterClosingQuote(String text, int cursor) {
        int i = cursor;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || ":_-.".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '"' ? i + 1 : cursor;
    }
}
