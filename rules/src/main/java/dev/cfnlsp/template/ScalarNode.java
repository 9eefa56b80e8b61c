package dev.cfnlsp.template;

public record ScalarNode(String value, ScalarKind kind, ScalarStyle style, SourceRange range) implements TemplateNode {

    public boolean isNull() {
        return kind == ScalarKind.NULL;
    }
}
