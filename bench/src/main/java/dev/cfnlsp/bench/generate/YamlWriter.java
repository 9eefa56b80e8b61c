package dev.cfnlsp.bench.generate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a template as block-style YAML with short-form intrinsic functions: {@code !Ref Name} and flow sequences
 * ({@code !If [IsProd, a, b]}) where every argument fits on the line, literal blocks for multi-line strings.
 */
final class YamlWriter {
    private static final int INDENT = 2;
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_/][A-Za-z0-9_./:<>-]*(?<!:)");
    private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null");

    private final StringBuilder out = new StringBuilder();

    private YamlWriter() {
    }

    static String write(Map<String, Object> template) {
        YamlWriter writer = new YamlWriter();
        template.forEach((section, value) -> {
            if (writer.out.length() > 0 && !(value instanceof String)) {
                writer.out.append('\n');
            }
            writer.entry(section, value, 0);
        });
        return writer.out.toString();
    }

    private void entry(String key, Object value, int indent) {
        out.append(" ".repeat(indent)).append(scalar(key)).append(':');
        value(value, indent + INDENT);
    }

    /** Writes a value after its key or dash: on the same line if it fits, else as an indented block. */
    private void value(Object value, int indent) {
        Object content = value;
        if (value instanceof Fn fn && !isInline(fn)) {
            out.append(' ').append(fn.tag());
            content = fn.argument();
        }
        if (isInline(content)) {
            out.append(' ').append(inline(content)).append('\n');
        } else if (content instanceof String text) {
            out.append(" |\n");
            text.lines().forEach(line -> out.append(" ".repeat(indent)).append(line).append('\n'));
        } else {
            out.append('\n');
            block(content, indent);
        }
    }

    private void block(Object value, int indent) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> entry((String) key, item, indent));
            return;
        }
        for (Object item : (List<?>) value) {
            out.append(" ".repeat(indent)).append('-');
            if (item instanceof Map<?, ?>) {
                // The first entry goes on the dash's line: write the mapping indented, then drop that indentation.
                out.append(' ');
                int start = out.length();
                block(item, indent + INDENT);
                out.delete(start, start + indent + INDENT);
            } else {
                value(item, indent + INDENT);
            }
        }
    }

    /** Scalars, and sequences and functions made only of them, fit on one line; mappings and multi-line text do not. */
    private static boolean isInline(Object value) {
        if (value instanceof Fn fn) {
            return isInline(fn.argument());
        }
        if (value instanceof List<?> list) {
            return list.stream().allMatch(YamlWriter::isInline);
        }
        return !(value instanceof Map<?, ?>) && !(value instanceof String text && text.contains("\n"));
    }

    private static String inline(Object value) {
        if (value instanceof Fn fn && fn.name().equals("Fn::GetAtt")) {
            return fn.tag() + " " + String.join(".", ((List<?>) fn.argument()).stream().map(String::valueOf).toList());
        }
        if (value instanceof Fn fn) {
            return fn.tag() + " " + inline(fn.argument());
        }
        if (value instanceof List<?> list) {
            return "[" + String.join(", ", list.stream().map(YamlWriter::inline).toList()) + "]";
        }
        return value instanceof String text ? scalar(text) : String.valueOf(value);
    }

    /** Plain when unambiguous, otherwise double-quoted with JSON escapes (valid YAML). */
    private static String scalar(String text) {
        if (PLAIN.matcher(text).matches() && !RESERVED.contains(text.toLowerCase())) {
            return text;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
