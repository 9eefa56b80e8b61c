package dev.cfnlsp.template;

/** A value in a template, YAML or JSON alike, with the exact source range it was written at. */
public sealed interface TemplateNode permits ScalarNode, MappingNode, SequenceNode, IntrinsicNode {

    SourceRange range();

    /** The scalar text when this is a scalar, else null. */
    default String scalarText() {
        return this instanceof ScalarNode scalar ? scalar.value() : null;
    }
}
