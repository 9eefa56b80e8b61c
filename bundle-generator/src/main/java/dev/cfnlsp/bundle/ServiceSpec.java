package dev.cfnlsp.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The documentation in the {@code @aws-cdk/aws-service-spec} database: resources by CloudFormation type, and the
 * nested property types each resource uses ({@code usesType}), which carry the names of the schema's definitions.
 */
final class ServiceSpec {

    private final Map<String, JsonNode> resourcesByType = new HashMap<>();
    private final Map<String, JsonNode> typeDefinitionsById = new HashMap<>();
    private final JsonNode typeDefinitionIdsByResourceId;

    ServiceSpec(JsonNode database) {
        JsonNode schema = database.path("schema");
        for (JsonNode resource : schema.path("resource").path("entities")) {
            resourcesByType.putIfAbsent(resource.path("cloudFormationType").asText(), resource);
        }
        for (JsonNode typeDefinition : schema.path("typeDefinition").path("entities")) {
            typeDefinitionsById.put(typeDefinition.path("$id").asText(), typeDefinition);
        }
        typeDefinitionIdsByResourceId = schema.path("usesType").path("forward");
    }

    /** Only the properties, attributes and definitions the bundle keeps of the type are documented. */
    ResourceDocumentation documentation(ResourceType type) {
        JsonNode resource = resourcesByType.get(type.typeName());
        if (resource == null) {
            return ResourceDocumentation.NONE;
        }
        Map<String, JsonNode> typeDefinitions = typeDefinitionsByName(resource);
        Map<String, Map<String, String>> definitions = new LinkedHashMap<>();
        type.definitions().forEach((name, shape) -> {
            JsonNode typeDefinition = typeDefinitions.get(name);
            if (typeDefinition != null) {
                Map<String, String> properties = texts(typeDefinition.path("properties"), shape.properties().keySet());
                if (!properties.isEmpty()) {
                    definitions.put(name, properties);
                }
            }
        });
        return new ResourceDocumentation(
                text(resource),
                texts(resource.path("properties"), type.properties().properties().keySet()),
                texts(resource.path("attributes"), type.attributes()),
                definitions);
    }

    private Map<String, JsonNode> typeDefinitionsByName(JsonNode resource) {
        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode reference : typeDefinitionIdsByResourceId.path(resource.path("$id").asText())) {
            JsonNode typeDefinition = typeDefinitionsById.get(reference.path("$id").asText());
            if (typeDefinition != null) {
                byName.putIfAbsent(typeDefinition.path("name").asText(), typeDefinition);
            }
        }
        return byName;
    }

    /** The texts of {@code names} in the spec's {@code members}, in the order of {@code names}. */
    private static Map<String, String> texts(JsonNode members, Collection<String> names) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : names) {
            String text = text(members.path(name));
            if (text != null) {
                texts.put(name, text);
            }
        }
        return texts;
    }

    /** Null when the entity has no documentation or only white space. */
    private static String text(JsonNode entity) {
        String text = entity.path("documentation").asText("").strip();
        return text.isEmpty() ? null : text;
    }
}
