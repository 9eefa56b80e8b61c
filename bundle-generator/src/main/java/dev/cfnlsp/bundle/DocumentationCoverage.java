package dev.cfnlsp.bundle;

import java.util.Map;

/**
 * How much of the bundle the documentation covers. Only definitions with properties count, since their properties
 * are what is documented.
 */
record DocumentationCoverage(Count types, Count properties, Count attributes, Count definitions,
        Count definitionProperties) {

    static final DocumentationCoverage NONE = new DocumentationCoverage(
            Count.NONE, Count.NONE, Count.NONE, Count.NONE, Count.NONE);

    record Count(int documented, int total) {
        static final Count NONE = new Count(0, 0);

        Count plus(int moreDocumented, int moreTotal) {
            return new Count(documented + moreDocumented, total + moreTotal);
        }

        @Override
        public String toString() {
            return documented + "/" + total;
        }
    }

    DocumentationCoverage plus(ResourceType type, ResourceDocumentation documentation) {
        Count nextDefinitions = definitions;
        Count nextDefinitionProperties = definitionProperties;
        for (var definition : type.definitions().entrySet()) {
            int propertyCount = definition.getValue().properties().size();
            if (propertyCount > 0) {
                int documentedCount = documentation.definitions().getOrDefault(definition.getKey(), Map.of()).size();
                nextDefinitions = nextDefinitions.plus(documentedCount > 0 ? 1 : 0, 1);
                nextDefinitionProperties = nextDefinitionProperties.plus(documentedCount, propertyCount);
            }
        }
        return new DocumentationCoverage(
                types.plus(documentation.description() == null ? 0 : 1, 1),
                properties.plus(documentation.properties().size(), type.properties().properties().size()),
                attributes.plus(documentation.attributes().size(), type.attributes().size()),
                nextDefinitions,
                nextDefinitionProperties);
    }

    @Override
    public String toString() {
        return String.format("described types %s, properties %s, attributes %s, definitions %s, their properties %s",
                types, properties, attributes, definitions, definitionProperties);
    }
}
