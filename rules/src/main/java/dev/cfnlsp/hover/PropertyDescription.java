package dev.cfnlsp.hover;

import dev.cfnlsp.schema.JsonType;
import dev.cfnlsp.schema.ValueSchema;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A property's hover: its documentation, shape, constraints, and whether changing it replaces the resource. */
record PropertyDescription(String name, String typeName, ValueSchema value, boolean required, boolean createOnly,
                           Optional<String> description, Optional<String> url) {

    String markdown() {
        StringBuilder out = new StringBuilder("### ").append(name).append(" — ").append(typeName).append("\n\n");
        description.ifPresent(d -> out.append(d).append("\n\n"));
        out.append("**Value:** ").append(shape(value)).append("  \n");
        out.append("**Required:** ").append(required ? "yes" : "no").append("  \n");
        if (!value.enumValues().isEmpty()) {
            out.append("**Allowed values:** ").append(HoverText.codeList(value.enumValues())).append("  \n");
        }
        value.pattern().ifPresent(p -> out.append("**Pattern:** `").append(p).append("`  \n"));
        bounds(value).ifPresent(b -> out.append(b).append("  \n"));
        out.append("**Update:** ").append(createOnly ? "changing it replaces the resource" : "updated in place or as the service allows").append("\n\n");
        url.ifPresent(u -> out.append("[CloudFormation reference](").append(u).append(")"));
        return out.toString().strip();
    }

    private static String shape(ValueSchema schema) {
        if (schema.types().contains(JsonType.ARRAY) && schema.items().isPresent()) {
            return "a list of " + shape(schema.items().get());
        }
        if (schema.types().contains(JsonType.OBJECT) && !schema.properties().isEmpty()) {
            String keys = HoverText.codeList(new TreeSet<>(schema.properties().keySet()));
            return "a mapping" + schema.definitionName().map(d -> " (" + d + ")").orElse("") + " with " + keys;
        }
        if (schema.types().isEmpty()) {
            return "any value";
        }
        return schema.types().stream().map(t -> t.name().toLowerCase()).collect(Collectors.joining(" or "));
    }

    private static Optional<String> bounds(ValueSchema schema) {
        StringBuilder text = new StringBuilder();
        schema.minimum().ifPresent(min -> text.append("minimum ").append(min.toPlainString()).append(' '));
        schema.maximum().ifPresent(max -> text.append("maximum ").append(max.toPlainString()).append(' '));
        schema.minLength().ifPresent(min -> text.append("at least ").append(min).append(" characters "));
        schema.maxLength().ifPresent(max -> text.append("at most ").append(max).append(" characters "));
        schema.minItems().ifPresent(min -> text.append("at least ").append(min).append(" items "));
        schema.maxItems().ifPresent(max -> text.append("at most ").append(max).append(" items "));
        return text.isEmpty() ? Optional.empty() : Optional.of("**Limits:** " + text.toString().strip());
    }
}
