package dev.cfnlsp.analysis;

import dev.cfnlsp.template.LineIndex;
import dev.cfnlsp.template.Revision;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.SourcePosition;
import dev.cfnlsp.template.SourceRange;
import dev.cfnlsp.template.Template;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A resource's text, from its logical id to the end of the line its body ends on (a trailing comment included, where
 * fixes insert), but never into the next resource: what its per-resource findings depend on. It is compared in place,
 * not copied: a large template would otherwise be copied whole for every edit.
 */
record ResourceBlock(String name, SourceRange range, String documentText, int startOffset, int endOffset) {

    /** The blocks of every resource of the template, in document order. */
    static List<ResourceBlock> of(Template template) {
        List<Resource> resources = inDocumentOrder(template.resources());
        LineIndex lines = template.lines();
        List<ResourceBlock> blocks = new ArrayList<>(resources.size());
        for (int i = 0; i < resources.size(); i++) {
            Resource resource = resources.get(i);
            int start = lines.offsetAt(resource.key().range().start());
            int end = Math.max(start, lines.lineEnd(resource.declaration().body().range().end().line()));
            if (i + 1 < resources.size()) {
                end = Math.max(start, Math.min(end, lines.offsetAt(resources.get(i + 1).key().range().start())));
            }
            blocks.add(new ResourceBlock(resource.name(), lines.rangeOf(start, end), template.text(), start, end));
        }
        return blocks;
    }

    /** Resources come in the order their section lists them, which is document order but for a repeated logical id. */
    private static List<Resource> inDocumentOrder(List<Resource> resources) {
        for (int i = 1; i < resources.size(); i++) {
            if (resources.get(i).key().range().startsBefore(resources.get(i - 1).key().range())) {
                return resources.stream().sorted(Comparator.comparing((Resource r) -> r.key().range().start())).toList();
            }
        }
        return resources;
    }

    SourcePosition start() {
        return range.start();
    }

    /**
     * {@link #movedFrom(ResourceBlock)}, told by where the one edit between the two versions lies when it is known:
     * a block wholly before or after it has the same text, and only its place needs comparing.
     */
    boolean movedFrom(ResourceBlock other, Optional<Revision> edit) {
        int length = endOffset - startOffset;
        if (edit.isEmpty() || length != other.endOffset - other.startOffset
                || range.start().character() != other.range.start().character()) {
            return movedFrom(other);
        }
        if (other.endOffset < edit.get().start()) {
            return startOffset == other.startOffset;
        }
        if (other.startOffset > edit.get().oldEnd()) {
            return startOffset == other.startOffset + edit.get().shift();
        }
        return movedFrom(other);
    }

    /** Whether the other block has the same text and sits at the same column, so findings move with it line for line. */
    boolean movedFrom(ResourceBlock other) {
        int length = endOffset - startOffset;
        return length == other.endOffset - other.startOffset && range.start().character() == other.range.start().character()
                && documentText.regionMatches(startOffset, other.documentText, other.startOffset, length);
    }
}
