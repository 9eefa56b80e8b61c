package dev.cfnlsp.template;

import java.util.Optional;

/** A view of a resource declaration with the attributes rules ask for most. */
public record Resource(Declaration declaration) {

    public String name() {
        return declaration.name();
    }

    public ScalarNode key() {
        return declaration.key();
    }

    public Optional<MappingNode> body() {
        return declaration.mapping();
    }

    public Optional<TemplateNode> typeNode() {
        return body().flatMap(b -> b.get("Type"));
    }

    /** The literal resource type, when one is written. */
    public Optional<String> type() {
        return typeNode().map(TemplateNode::scalarText);
    }

    public boolean isOfType(String typeName) {
        return type().filter(typeName::equals).isPresent();
    }

    public Optional<TemplateNode> propertiesNode() {
        return body().flatMap(b -> b.get("Properties"));
    }

    public Optional<MappingNode> properties() {
        return propertiesNode().filter(MappingNode.class::isInstance).map(MappingNode.class::cast);
    }

    public Optional<TemplateNode> property(String name) {
        return properties().flatMap(p -> p.get(name));
    }

    public Optional<TemplateNode> attribute(String name) {
        return body().flatMap(b -> b.get(name));
    }
}
