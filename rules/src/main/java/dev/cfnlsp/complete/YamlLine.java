package dev.cfnlsp.complete;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The block structure of one YAML line: its dashes and key, left to right, then where the remaining content starts
 * (a value, or the text of a key still being typed). Flow collections and scalars are not looked into.
 *
 * @param blank whether the line holds nothing but spaces or a comment
 */
record YamlLine(List<YamlElement> elements, int contentColumn, boolean blank) {

    YamlLine {
        elements = List.copyOf(elements);
    }

    /** Parses {@code line} up to {@code limit} (its length, or the cursor's column on the cursor's line). */
    static YamlLine parse(String line, int lineOffset, int limit) {
        int i = 0;
        while (i < limit && line.charAt(i) == ' ') {
            i++;
        }
        if (i >= limit || line.charAt(i) == '#') {
            return new YamlLine(List.of(), i, true);
        }
        List<YamlElement> elements = new ArrayList<>();
        while (i < limit) {
            if (line.charAt(i) == '-' && (i + 1 == limit || line.charAt(i + 1) == ' ')) {
                int dash = i;
                i = skipSpaces(line, i + 1, limit);
                elements.add(new YamlElement(dash, null, null, lineOffset + dash + 1));
                continue;
            }
            int colon = keyEnd(line, i, limit);
            if (colon >= 0) {
                String value = valueText(line.substring(colon + 1, limit));
                elements.add(new YamlElement(i, keyName(line.substring(i, colon)), value, lineOffset + colon + 1));
                i = skipSpaces(line, colon + 1, limit);
                return new YamlLine(elements, i, false);
            }
            break;
        }
        if (!elements.isEmpty() && i < limit) {
            YamlElement dash = elements.remove(elements.size() - 1);
            elements.add(new YamlElement(dash.column(), null, valueText(line.substring(i, limit)), dash.valueOffset()));
        }
        return new YamlLine(elements, i, false);
    }

    /** The key element at exactly {@code column}, if this line has one there. */
    Optional<YamlElement> keyAt(int column) {
        return elements.stream().filter(element -> element.column() == column && !element.isDash()).findFirst();
    }

    int firstColumn() {
        return elements.isEmpty() ? contentColumn : elements.get(0).column();
    }

    /** The index of the colon that ends a key starting at {@code start}, or -1 when no key starts there. */
    private static int keyEnd(String line, int start, int limit) {
        char first = line.charAt(start);
        if (first == '"' || first == '\'') {
            int close = closingQuote(line, start, limit);
            if (close < 0) {
                return -1;
            }
            int colon = skipSpaces(line, close + 1, limit);
            return colon < limit && isKeyColon(line, colon, limit) ? colon : -1;
        }
        if ("-?:,[]{}#&*!|>%@`".indexOf(first) >= 0 || Character.isWhitespace(first)) {
            return -1;
        }
        for (int i = start + 1; i < limit; i++) {
            char c = line.charAt(i);
            if (c == '#' && Character.isWhitespace(line.charAt(i - 1))) {
                return -1;
            }
            if (isKeyColon(line, i, limit)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isKeyColon(String line, int i, int limit) {
        return line.charAt(i) == ':' && (i + 1 == limit || Character.isWhitespace(line.charAt(i + 1)));
    }

    private static int closingQuote(String line, int open, int limit) {
        char quote = line.charAt(open);
        for (int i = open + 1; i < limit; i++) {
            char c = line.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < limit && line.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String keyName(String raw) {
        return unquote(raw.strip());
    }

    /** A scalar without the quotes around it (escapes are left as written). */
    static String unquote(String scalar) {
        return scalar.length() >= 2 && (scalar.charAt(0) == '"' || scalar.charAt(0) == '\'')
                && scalar.charAt(scalar.length() - 1) == scalar.charAt(0) ? scalar.substring(1, scalar.length() - 1) : scalar;
    }

    /** The value without a trailing comment; null when empty. */
    private static String valueText(String raw) {
        String value = raw.strip();
        int searchFrom = 0;
        if (!value.isEmpty() && (value.charAt(0) == '"' || value.charAt(0) == '\'')) {
            int close = closingQuote(value, 0, value.length());
            searchFrom = close < 0 ? value.length() : close;
        }
        for (int i = Math.max(1, searchFrom); i < value.length(); i++) {
            if (value.charAt(i) == '#' && Character.isWhitespace(value.charAt(i - 1))) {
                value = value.substring(0, i).strip();
                break;
            }
        }
        return value.isEmpty() ? null : value;
    }

    private static int skipSpaces(String line, int i, int limit) {
        while (i < limit && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
