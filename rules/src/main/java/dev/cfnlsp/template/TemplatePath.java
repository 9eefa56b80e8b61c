package dev.cfnlsp.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a position lies in the model: the chain of keys and list indexes from the root to the innermost value or
 * key that contains it (e.g. {@code Resources, Assets, Properties, Tags, 0, Key}), and whether it is on the key.
 * Intrinsic functions appear as their long name ({@code Fn::If}), then the index into their argument list.
 */
public record TemplatePath(List<Object> segments, TemplateNode node, Optional<MappingEntry> entry, boolean onKey) {

    public TemplatePath {
        segments = List.copyOf(segments);
    }

    public static Optional<TemplatePath> at(Template template, SourcePosition position) {
        return template.root().filter(root -> root.range().contains(position))
                .map(root -> descend(root, position, new ArrayList<>()));
    }

    private static TemplatePath descend(TemplateNode node, SourcePosition position, List<Object> segments) {
        if (node instanceof MappingNode mapping) {
            for (MappingEntry entry : mapping.entries()) {
                if (entry.key().range().contains(position)) {
                    segments.add(entry.name());
                    return new TemplatePath(segments, entry.key(), Optional.of(entry), true);
                }
                if (entry.value().range().contains(position)) {
                    segments.add(entry.name());
                    TemplatePath inner = descend(entry.value(), position, segments);
                    return inner.entry().isPresent() || inner.node() != entry.value() ? inner
                            : new TemplatePath(inner.segments(), inner.node(), Optional.of(entry), false);
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.items().size(); i++) {
                if (sequence.items().get(i).range().contains(position)) {
                    segments.add(i);
                    return descend(sequence.items().get(i), position, segments);
                }
            }
        } else if (node instanceof IntrinsicNode intrinsic) {
            if (intrinsic.argument().range().contains(position) && !intrinsic.nameRange().contains(position)) {
                segments.add(intrinsic.function());
                return descend(intrinsic.argument(), position, segments);
            }
        }
        return new TemplatePath(segments, node, Optional.empty(), false);
    }

    /** The logical id when the path lies inside a declaration of the given section. */
    public Optional<String> declarationIn(DeclarationKind kind) {
        return segments.size() >= 2 && kind.section().equals(segments.get(0)) && segments.get(1) instanceof String name
                ? Optional.of(name) : Optional.empty();
    }

    /** The segments after {@code Resources, <id>, Properties}, when the path is inside a resource's properties. */
    public Optional<List<Object>> propertyPath() {
        if (segments.size() >= 3 && "Resources".equals(segments.get(0)) && "Properties".equals(segments.get(2))) {
            return Optional.of(segments.subList(3, segments.size()));
        }
        return Optional.empty();
    }
}
