package dev.cfnlsp.template;

import java.util.List;

public record SequenceNode(List<TemplateNode> items, boolean flow, SourceRange range) implements TemplateNode {

    public SequenceNode {
        items = List.copyOf(items);
    }
}
