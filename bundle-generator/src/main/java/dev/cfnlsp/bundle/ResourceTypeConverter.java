package dev.cfnlsp.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Converts one CloudFormation resource provider schema into the {@link ResourceType} the bundle keeps. */
final class ResourceTypeConverter {

    private static final String PROPERTIES = "/properties/";

    private ResourceTypeConverter() {
    }

    static ResourceType convert(String typeName, JsonNode schema) {
        SchemaNormalizer normalizer = new SchemaNormalizer(schema);
        Shape root = normalizer.normalize(schema);
        Shape.Builder properties = (root.isReference() ? normalizer.definition(root.ref()) : root).toBuilder();
        properties.types.clear();
        properties.types.add(Kind.OBJECT);
        Shape propertiesShape = properties.build();

        return new ResourceType(
                typeName,
                propertiesShape,
                reachableDefinitions(schema, normalizer, propertiesShape),
                dottedPaths(schema.path("readOnlyProperties"), false),
                dottedPaths(schema.path("createOnlyProperties"), true),
                dottedPaths(schema.path("primaryIdentifier"), true),
                taggable(schema),
                tagsProperty(schema).orElse(null));
    }

    /** Definitions nothing points to are dropped; the rest keep the schema's order. */
    private static Map<String, Shape> reachableDefinitions(JsonNode schema, SchemaNormalizer normalizer, Shape root) {
        Map<String, Shape> reached = new LinkedHashMap<>();
        Deque<String> pending = new ArrayDeque<>(referencedNames(root));
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (!reached.containsKey(name)) {
                Shape definition = normalizer.definition(name);
                reached.put(name, definition);
                pending.addAll(referencedNames(definition));
            }
        }
        Map<String, Shape> ordered = new LinkedHashMap<>();
        schema.path("definitions").fieldNames().forEachRemaining(name -> {
            if (reached.containsKey(name)) {
                ordered.put(name, reached.get(name));
            }
        });
        return ordered;
    }

    private static Set<String> referencedNames(Shape shape) {
        Set<String> names = new HashSet<>();
        collectReferences(shape, names);
        return names;
    }

    private static void collectReferences(Shape shape, Set<String> names) {
        if (shape == null) {
            return;
        }
        if (shape.isReference()) {
            names.add(shape.ref());
            return;
        }
        shape.properties().values().forEach(property -> collectReferences(property, names));
        collectReferences(shape.items(), names);
    }

    /**
     * {@code /properties/Endpoint/Address} becomes {@code Endpoint.Address}. A GetAtt cannot reach into an array, so
     * attribute paths through array elements ({@code *}) are skipped unless {@code keepArrayPaths}.
     */
    private static List<String> dottedPaths(Iterable<JsonNode> pointers, boolean keepArrayPaths) {
        List<String> paths = new ArrayList<>();
        for (JsonNode pointer : pointers) {
            String text = pointer.asText();
            if (text.startsWith(PROPERTIES) && (keepArrayPaths || !text.contains("/*"))) {
                String path = text.substring(PROPERTIES.length()).replace('/', '.');
                if (!paths.contains(path)) {
                    paths.add(path);
                }
            }
        }
        return paths;
    }

    /**
     * The schema's {@code tagging.tagProperty}, defaulting to {@code /properties/Tags} as in the resource schema
     * specification; empty if the type is not taggable or lacks that property.
     */
    private static Optional<String> tagsProperty(JsonNode schema) {
        if (!taggable(schema)) {
            return Optional.empty();
        }
        String pointer = schema.path("tagging").path("tagProperty").asText("/properties/Tags");
        List<String> path = dottedPaths(List.of(TextNode.valueOf(pointer)), true);
        return path.stream().filter(p -> schema.path("properties").has(p.split("\\.")[0])).findFirst();
    }

    /**
     * {@code tagging.taggable} (defaulting to true); older schemas without {@code tagging} use the deprecated top-level
     * {@code taggable} or, lacking both, whether they have a {@code Tags} property.
     */
    private static boolean taggable(JsonNode schema) {
        JsonNode tagging = schema.path("tagging");
        if (tagging.isObject()) {
            return tagging.path("taggable").asBoolean(true);
        }
        if (schema.path("taggable").isBoolean()) {
            return schema.get("taggable").asBoolean();
        }
        return schema.path("properties").has("Tags");
    }
}
