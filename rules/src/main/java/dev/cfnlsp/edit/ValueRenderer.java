package dev.cfnlsp.edit;

import dev.cfnlsp.template.TemplateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Writes an {@link EditValue} in a document's style: YAML block or flow, or JSON. */
final class ValueRenderer {
    /** Plain YAML scalars that would not read back as the same string. */
    private static final Pattern NEEDS_QUOTES = Pattern.compile(
            "^$|^[\\s!&*?|>'\"%@`{}\\[\\],#-]|:\\s|\\s#|:$|\\s$|^(?i:true|false|yes|no|on|off|null|~)$|^[-+.\\d][\\d.eE+:_-]*$");

    /** Inside a flow collection these end or split a plain scalar. */
    private static final Pattern FLOW_INDICATORS = Pattern.compile("[{}\\[\\],]");

    private final DocumentStyle style;

    ValueRenderer(DocumentStyle style) {
        this.style = style;
    }

    /**
     * The lines of {@code key: value} as a block entry at {@code indent} (the column of the key), without a line
     * break before the first or after the last line.
     */
    String entry(String key, EditValue value, String indent) {
        if (style.format() == TemplateFormat.JSON) {
            return indent + jsonString(key) + ": " + json(value, indent);
        }
        String head = indent + yamlKey(key) + ":";
        if (isInline(value)) {
            return head + " " + yamlInline(value);
        }
        if (value instanceof EditValue.Mapping mapping) {
            return head + style.lineEnding() + yamlMappingLines(mapping, indent + style.indentUnit());
        }
        if (value instanceof EditValue.Intrinsic intrinsic) {
            String argument = intrinsic.argument() instanceof EditValue.Text text ? yamlScalar(text.value()) : yamlFlow(intrinsic.argument());
            return head + style.lineEnding() + indent + style.indentUnit() + intrinsic.function() + ": " + argument;
        }
        EditValue.Sequence sequence = (EditValue.Sequence) value;
        String itemIndent = style.indentedSequences() ? indent + style.indentUnit() : indent;
        return head + style.lineEnding() + yamlSequenceLines(sequence, itemIndent);
    }

    /** {@code key: value} on one line, for flow collections: YAML flow style, or compact JSON. */
    String flowEntry(String key, EditValue value) {
        if (style.format() == TemplateFormat.JSON) {
            return jsonString(key) + ": " + jsonCompact(value);
        }
        return yamlKey(key) + ": " + yamlFlow(value);
    }

    /** A value inside a flow collection: YAML flow style, or JSON as {@link #inline} writes it. */
    String inFlow(EditValue value) {
        return style.format() == TemplateFormat.JSON ? json(value, "") : yamlFlow(value);
    }

    /** A value written inline: a scalar, a YAML flow collection or short-form call, or JSON. */
    String inline(EditValue value) {
        return style.format() == TemplateFormat.JSON ? json(value, "") : yamlInline(value);
    }

    /** A list item at {@code indent} (the column of the dash in YAML). */
    String item(EditValue value, String indent) {
        if (style.format() == TemplateFormat.JSON) {
            return indent + json(value, indent);
        }
        return yamlSequenceLines(new EditValue.Sequence(List.of(value)), indent);
    }

    private boolean isInline(EditValue value) {
        return value instanceof EditValue.Text || value instanceof EditValue.Literal
                || value instanceof EditValue.Intrinsic && style.shortFormTags()
                || value instanceof EditValue.Mapping m && m.entries().isEmpty()
                || value instanceof EditValue.Sequence s && s.items().isEmpty();
    }

    private String yamlMappingLines(EditValue.Mapping mapping, String indent) {
        return mapping.entries().entrySet().stream()
                .map(e -> entry(e.getKey(), e.getValue(), indent))
                .collect(Collectors.joining(style.lineEnding()));
    }

    private String yamlSequenceLines(EditValue.Sequence sequence, String indent) {
        List<String> lines = new ArrayList<>();
        for (EditValue item : sequence.items()) {
            if (item instanceof EditValue.Mapping mapping && !mapping.entries().isEmpty()) {
                String nested = yamlMappingLines(mapping, indent + "  ");
                lines.add(indent + "- " + nested.substring(indent.length() + 2));
            } else if (item instanceof EditValue.Sequence || item instanceof EditValue.Intrinsic && !style.shortFormTags()) {
                lines.add(indent + "- " + yamlFlow(item));
            } else {
                lines.add(indent + "- " + yamlInline(item));
            }
        }
        return String.join(style.lineEnding(), lines);
    }

    private String yamlInline(EditValue value) {
        if (value instanceof EditValue.Text text) {
            return yamlScalar(text.value());
        }
        if (value instanceof EditValue.Literal literal) {
            return literal.value();
        }
        if (value instanceof EditValue.Intrinsic intrinsic && style.shortFormTags()) {
            return shortForm(intrinsic, false);
        }
        return yamlFlow(value);
    }

    private String yamlFlow(EditValue value) {
        if (value instanceof EditValue.Text text) {
            return flowScalar(text.value());
        }
        if (value instanceof EditValue.Intrinsic intrinsic && style.shortFormTags()) {
            return shortForm(intrinsic, true);
        }
        if (value instanceof EditValue.Mapping mapping) {
            return mapping.entries().entrySet().stream()
                    .map(e -> yamlKey(e.getKey()) + ": " + yamlFlow(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof EditValue.Sequence sequence) {
            return sequence.items().stream().map(this::yamlFlow).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof EditValue.Intrinsic intrinsic && !style.shortFormTags()) {
            return "{" + intrinsic.function() + ": " + yamlFlow(intrinsic.argument()) + "}";
        }
        return yamlInline(value);
    }

    /** A scalar inside a flow collection, where the flow indicators would end or split a plain scalar. */
    private String flowScalar(String value) {
        return FLOW_INDICATORS.matcher(value).find() ? quote(value) : yamlScalar(value);
    }

    /** {@code inFlow}: the call sits inside a flow collection, so its scalar argument follows flow rules too. */
    private String shortForm(EditValue.Intrinsic intrinsic, boolean inFlow) {
        String tag = "!" + intrinsic.function().replace("Fn::", "");
        if (intrinsic.function().equals("Fn::GetAtt") && intrinsic.argument() instanceof EditValue.Sequence parts
                && parts.items().stream().allMatch(EditValue.Text.class::isInstance)) {
            return tag + " " + parts.items().stream().map(p -> ((EditValue.Text) p).value()).collect(Collectors.joining("."));
        }
        if (intrinsic.argument() instanceof EditValue.Text text) {
            return tag + " " + (inFlow ? flowScalar(text.value()) : yamlScalar(text.value()));
        }
        return tag + " " + yamlFlow(intrinsic.argument());
    }

    private String yamlKey(String key) {
        return NEEDS_QUOTES.matcher(key).find() ? quote(key) : key;
    }

    private String yamlScalar(String value) {
        return NEEDS_QUOTES.matcher(value).find() || value.contains("\n") ? quote(value) : value;
    }

    private String quote(String value) {
        if (style.quote() == '\'' && !value.contains("\n")) {
            return "'" + value.replace("'", "''") + "'";
        }
        return jsonString(value);
    }

    private String json(EditValue value, String indent) {
        if (value instanceof EditValue.Text text) {
            return jsonString(text.value());
        }
        if (value instanceof EditValue.Literal literal) {
            return literal.value();
        }
        if (value instanceof EditValue.Intrinsic intrinsic) {
            return "{" + jsonString(intrinsic.function()) + ": " + jsonCompact(intrinsic.argument()) + "}";
        }
        String inner = indent + style.indentUnit();
        String newline = style.lineEnding();
        if (value instanceof EditValue.Mapping mapping) {
            if (mapping.entries().isEmpty()) {
                return "{}";
            }
            return mapping.entries().entrySet().stream()
                    .map(e -> inner + jsonString(e.getKey()) + ": " + json(e.getValue(), inner))
                    .collect(Collectors.joining("," + newline, "{" + newline, newline + indent + "}"));
        }
        EditValue.Sequence sequence = (EditValue.Sequence) value;
        if (sequence.items().isEmpty()) {
            return "[]";
        }
        return sequence.items().stream()
                .map(item -> inner + json(item, inner))
                .collect(Collectors.joining("," + newline, "[" + newline, newline + indent + "]"));
    }

    /** Intrinsic arguments stay on one line, as people write them. */
    private String jsonCompact(EditValue value) {
        if (value instanceof EditValue.Mapping mapping) {
            return mapping.entries().entrySet().stream()
                    .map(e -> jsonString(e.getKey()) + ": " + jsonCompact(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof EditValue.Sequence sequence) {
            return sequence.items().stream().map(this::jsonCompact).collect(Collectors.joining(", ", "[", "]"));
        }
        return json(value, "");
    }

    static String jsonString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
