package dev.cfnlsp.template;

import java.util.List;
import java.util.Optional;

/** A mapping in source order. Duplicate keys are kept (and reported by the parser); lookups see the last one. */
public record MappingNode(List<MappingEntry> entries, boolean flow, SourceRange range) implements TemplateNode {

    public MappingNode {
        entries = List.copyOf(entries);
    }

    public Optional<MappingEntry> entry(String key) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).name().equals(key)) {
                return Optional.of(entries.get(i));
            }
        }
        return Optional.empty();
    }

    public Optional<TemplateNode> get(String key) {
        return entry(key).map(MappingEntry::value);
    }

    public Optional<MappingNode> mapping(String key) {
        return get(key).filter(MappingNode.class::isInstance).map(MappingNode.class::cast);
    }

    public Optional<String> text(String key) {
        return get(key).map(TemplateNode::scalarText);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
