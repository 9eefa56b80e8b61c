package dev.cfnlsp.template;

/** Copies of model nodes moved down (or up) by whole lines, for the part of a document after an edit. */
final class LineShift {
    private final int lines;

    LineShift(int lines) {
        this.lines = lines;
    }

    TemplateNode of(TemplateNode node) {
        if (lines == 0) {
            return node;
        }
        if (node instanceof ScalarNode scalar) {
            return of(scalar);
        }
        if (node instanceof MappingNode mapping) {
            return new MappingNode(mapping.entries().stream().map(this::of).toList(), mapping.flow(), of(mapping.range()));
        }
        if (node instanceof SequenceNode sequence) {
            return new SequenceNode(sequence.items().stream().map(this::of).toList(), sequence.flow(), of(sequence.range()));
        }
        IntrinsicNode call = (IntrinsicNode) node;
        return new IntrinsicNode(call.function(), of(call.argument()), of(call.nameRange()), call.shortForm(), of(call.range()));
    }

    MappingEntry of(MappingEntry entry) {
        return lines == 0 ? entry : new MappingEntry(of(entry.key()), of(entry.value()));
    }

    private ScalarNode of(ScalarNode scalar) {
        return new ScalarNode(scalar.value(), scalar.kind(), scalar.style(), of(scalar.range()));
    }

    SourceRange of(SourceRange range) {
        return range.shiftedBy(lines);
    }
}
