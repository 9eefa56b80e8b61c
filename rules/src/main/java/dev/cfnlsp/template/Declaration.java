package dev.cfnlsp.template;

import java.util.Optional;

/** A logical id declared in one of the template's sections, e.g. a resource or a parameter. */
public record Declaration(DeclarationKind kind, ScalarNode key, TemplateNode body) {

    public String name() {
        return key.value();
    }

    /** The body as a mapping; every well-formed declaration except a condition has one. */
    public Optional<MappingNode> mapping() {
        return body instanceof MappingNode mapping ? Optional.of(mapping) : Optional.empty();
    }
}
