package dev.cfnlsp.analysis;

import dev.cfnlsp.template.LineIndex;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.SourcePosition;
import dev.cfnlsp.template.SourceRange;
import dev.cfnlsp.template.Template;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A resource's text, from its logical id to the end of the line its body ends on (a trailing comment included, where
 * fixes insert), but never into the next resource: what its per-resource findings depend on.
 */
record ResourceBlock(String name, SourceRange range, String text) {

    /** The blocks of every resource of the template, in document order. */
    static List<ResourceBlock> of(Template template) {
        List<Resource> resources = template.resources().stream()
                .sorted(Comparator.comparing((Resource r) -> r.key().range().start()))
                .toList();
        LineIndex lines = template.lines();
        List<ResourceBlock> blocks = new ArrayList<>(resources.size());
        for (int i = 0; i < resources.size(); i++) {
            Resource resource = resources.get(i);
            int start = lines.offsetAt(resource.key().range().start());
            int end = Math.max(start, lines.lineEnd(resource.declaration().body().range().end().line()));
            if (i + 1 < resources.size()) {
                end = Math.max(start, Math.min(end, lines.offsetAt(resources.get(i + 1).key().range().start())));
            }
            blocks.add(new ResourceBlock(resource.name(), lines.rangeOf(start, end), template.text().substring(start, end)));
        }
        return blocks;
    }

    SourcePosition start() {
        return range.start();
    }

    /** Whether the other block has the same text and sits at the same column, so findings move with it line for line. */
    boolean movedFrom(ResourceBlock other) {
        return text.equals(other.text) && range.start().character() == other.range.start().character();
    }
}
