package dev.cfnlsp.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the JSON Schema values of one resource provider schema into {@link Shape}s: keeps what the validator can use,
 * merges combinators, and keeps {@code #/definitions/Name} references as references because some definitions are
 * recursive.
 */
final class SchemaNormalizer {

    private static final String DEFINITIONS = "#/definitions/";

    private final JsonNode schema;
    private final JsonNode definitionNodes;
    private final Map<String, Shape> definitions = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();
    private final ShapeMerger merger = new ShapeMerger(this::definition);

    SchemaNormalizer(JsonNode schema) {
        this.schema = schema;
        this.definitionNodes = schema.path("definitions");
    }

    /** The concrete shape of a definition that a normalized reference names; any value on a reference cycle. */
    Shape definition(String name) {
        Shape known = definitions.get(name);
        if (known != null) {
            return known;
        }
        if (!inProgress.add(DEFINITIONS + name)) {
            return Shape.ANY;
        }
        Shape shape = normalize(definitionNodes.path(name));
        inProgress.remove(DEFINITIONS + name);
        definitions.put(name, shape);
        return shape;
    }

    Shape normalize(JsonNode node) {
        if (!node.isObject()) {
            return Shape.ANY;
        }
        if (node.path("$ref").isTextual()) {
            // As in draft-07, keywords beside $ref are ignored.
            return reference(node.get("$ref").asText(), new HashSet<>());
        }
        Shape shape = ownKeywords(node);
        for (JsonNode member : node.path("allOf")) {
            shape = merger.intersection(shape, normalize(member));
        }
        for (String combinator : List.of("anyOf", "oneOf")) {
            JsonNode alternatives = node.path(combinator);
            if (alternatives.isArray() && !alternatives.isEmpty()) {
                shape = merger.intersection(shape, union(alternatives));
            }
        }
        return shape;
    }

    /** Follows definitions that are mere aliases, so that every emitted reference names a concrete definition. */
    private Shape reference(String ref, Set<String> aliasesSeen) {
        String name = ref.startsWith(DEFINITIONS) ? ref.substring(DEFINITIONS.length()) : null;
        if (name != null && definitionNodes.has(name)) {
            JsonNode target = definitionNodes.get(name);
            if (!target.path("$ref").isTextual()) {
                return Shape.reference(name);
            }
            return aliasesSeen.add(name) ? reference(target.get("$ref").asText(), aliasesSeen) : Shape.ANY;
        }
        JsonNode target = ref.startsWith("#") ? schema.at(ref.substring(1)) : MissingNode.getInstance();
        if (target.isMissingNode() || !inProgress.add(ref)) {
            return Shape.ANY;
        }
        Shape shape = normalize(target);
        inProgress.remove(ref);
        return shape;
    }

    private Shape union(JsonNode alternatives) {
        Shape shape = null;
        for (JsonNode alternative : alternatives) {
            Shape normalized = normalize(alternative);
            shape = shape == null ? normalized : merger.union(shape, normalized);
        }
        return shape;
    }

    private Shape ownKeywords(JsonNode node) {
        Shape.Builder out = new Shape.Builder();
        out.types.addAll(types(node.path("type")));
        node.path("properties").fields().forEachRemaining(e -> out.properties.put(e.getKey(), normalize(e.getValue())));
        node.path("required").forEach(name -> out.required.add(name.asText()));
        // Without named properties, with patternProperties or without additionalProperties:false, any key is allowed.
        out.closed = !out.properties.isEmpty()
                && node.path("additionalProperties").isBoolean() && !node.get("additionalProperties").asBoolean()
                && node.path("patternProperties").isEmpty();
        if (node.path("items").isObject()) {
            out.items = normalize(node.get("items"));
        }
        out.enumValues = enumValues(node).orElse(null);
        out.pattern = node.path("pattern").isTextual() ? node.get("pattern").asText() : null;
        out.minimum = node.path("minimum").isNumber() ? node.get("minimum").decimalValue() : null;
        out.maximum = node.path("maximum").isNumber() ? node.get("maximum").decimalValue() : null;
        out.minLength = integer(node, "minLength");
        out.maxLength = integer(node, "maxLength");
        out.minItems = integer(node, "minItems");
        out.maxItems = integer(node, "maxItems");
        return out.build();
    }

    /** A type list that admits null admits values we cannot type, so it is treated as any type. */
    private static Set<Kind> types(JsonNode type) {
        Set<Kind> kinds = new LinkedHashSet<>();
        for (JsonNode name : type.isArray() ? type : List.of(type)) {
            Optional<Kind> kind = Kind.fromJsonName(name.asText());
            if (kind.isEmpty()) {
                return Set.of();
            }
            kinds.add(kind.get());
        }
        return kinds;
    }

    /** An enum that cfn-lint compares case-insensitively would raise false errors, so it is dropped. */
    private static Optional<List<String>> enumValues(JsonNode node) {
        if (node.has("enumCaseInsensitive")) {
            return Optional.empty();
        }
        List<JsonNode> values = new ArrayList<>();
        if (node.path("enum").isArray()) {
            node.get("enum").forEach(values::add);
        } else if (node.has("const")) {
            values.add(node.get("const"));
        } else {
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode value : values) {
            if (!value.isValueNode() || value.isNull()) {
                return Optional.empty();
            }
            texts.add(value.asText());
        }
        return texts.isEmpty() ? Optional.empty() : Optional.of(texts);
    }

    private static Integer integer(JsonNode node, String keyword) {
        JsonNode value = node.path(keyword);
        return value.canConvertToInt() && value.isIntegralNumber() ? value.intValue() : null;
    }
}
