package dev.cfnlsp.template;

import java.util.ArrayList;
import java.util.List;

/** Finds every call of one intrinsic function in a template, in document order. */
public final class IntrinsicFinder {
    private IntrinsicFinder() {
    }

    public static List<IntrinsicNode> find(Template template, String function) {
        List<IntrinsicNode> found = new ArrayList<>();
        template.scope().forEach(node -> collect(node, function, found));
        return found;
    }

    private static void collect(TemplateNode node, String function, List<IntrinsicNode> found) {
        if (node instanceof MappingNode mapping) {
            mapping.entries().forEach(entry -> collect(entry.value(), function, found));
        } else if (node instanceof SequenceNode sequence) {
            sequence.items().forEach(item -> collect(item, function, found));
        } else if (node instanceof IntrinsicNode intrinsic) {
            if (intrinsic.is(function)) {
                found.add(intrinsic);
            }
            collect(intrinsic.argument(), function, found);
        }
    }
}
