package dev.cfnlsp.template;

import java.util.Optional;
import java.util.function.Function;

/**
 * A view of a resource declaration with the attributes rules ask for most. The type is looked up once: every rule
 * asks every resource for it. A version re-parsed from an earlier one takes over the very {@code Resource} of each
 * declaration the edit left in place, with what was {@link #derived} from it.
 */
public final class Resource {
    private final Declaration declaration;
    private final Optional<TemplateNode> typeNode;
    private final Optional<String> type;
    private final Memo derived = new Memo();

    public Resource(Declaration declaration) {
        this.declaration = declaration;
        this.typeNode = declaration.mapping().flatMap(b -> b.get("Type"));
        this.type = typeNode.map(TemplateNode::scalarText);
    }

    public Declaration declaration() {
        return declaration;
    }

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
        return typeNode;
    }

    /** The literal resource type, when one is written. */
    public Optional<String> type() {
        return type;
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

    /**
     * A value computed once from this declaration's own key and body, and from nothing else (no other resource, no
     * setting): later versions that keep the declaration keep the value.
     */
    public <T> T derived(Class<T> type, Function<Resource, T> compute) {
        return derived.get(type, () -> compute.apply(this));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Resource resource && resource.declaration.equals(declaration);
    }

    @Override
    public int hashCode() {
        return declaration.hashCode();
    }

    @Override
    public String toString() {
        return "Resource[" + declaration.name() + "]";
    }
}
