package dev.cfnlsp.schema;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the bundle knows of one CloudFormation resource type. Property paths are dotted: {@code Endpoint.Address}. */
public final class ResourceSchema {

    private final String typeName;
    private final ValueSchema properties;
    private final Set<String> attributes;
    private final Set<String> createOnlyProperties;
    private final List<String> primaryIdentifier;
    private final boolean taggable;
    private final Optional<String> tagsProperty;

    ResourceSchema(String typeName, ValueSchema properties, Set<String> attributes, Set<String> createOnlyProperties,
            List<String> primaryIdentifier, boolean taggable, Optional<String> tagsProperty) {
        this.typeName = typeName;
        this.properties = properties;
        this.attributes = attributes;
        this.createOnlyProperties = createOnlyProperties;
        this.primaryIdentifier = primaryIdentifier;
        this.taggable = taggable;
        this.tagsProperty = tagsProperty;
    }

    public String typeName() {
        return typeName;
    }

    /** The schema of the resource's {@code Properties} object. */
    public ValueSchema properties() {
        return properties;
    }

    /** Names usable with {@code Fn::GetAtt}, from the schema's read-only properties. */
    public Set<String> attributes() {
        return attributes;
    }

    /** Properties whose change replaces the resource; {@code *} stands for any element of a list. */
    public Set<String> createOnlyProperties() {
        return createOnlyProperties;
    }

    public List<String> primaryIdentifier() {
        return primaryIdentifier;
    }

    public boolean taggable() {
        return taggable;
    }

    public Optional<String> tagsProperty() {
        return tagsProperty;
    }
}
