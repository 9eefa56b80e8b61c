package dev.cfnlsp.analysis;

import dev.cfnlsp.edit.DocumentStyle;
import dev.cfnlsp.template.Template;
import java.util.List;

/**
 * Everything besides the resource blocks that per-resource findings may depend on: the text before the first and
 * after the last resource (parameters, conditions, mappings, outputs) and the style fixes are written in.
 */
record Surroundings(String before, String after, DocumentStyle style) {

    static Surroundings of(Template template, List<ResourceBlock> blocks) {
        String text = template.text();
        if (blocks.isEmpty()) {
            return new Surroundings(text, "", DocumentStyle.of(template));
        }
        int first = template.lines().offsetAt(blocks.get(0).start());
        int last = blocks.stream().mapToInt(b -> template.lines().offsetAt(b.range().end())).max().orElse(first);
        return new Surroundings(text.substring(0, first), text.substring(Math.max(first, last)), DocumentStyle.of(template));
    }
}
