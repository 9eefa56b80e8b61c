package dev.cfnlsp.template;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * How many values a YAML document has once its aliases are expanded, computed in time linear in the model by
 * remembering the size of each shared value. Every later walk of the model visits that many values.
 */
final class ExpandedSize {
    private final Map<TemplateNode, Long> sizes = new IdentityHashMap<>();

    private ExpandedSize() {
    }

    static long of(TemplateNode root) {
        return new ExpandedSize().size(root);
    }

    private long size(TemplateNode node) {
        Long known = sizes.get(node);
        if (known != null) {
            return known;
        }
        long size = 1;
        if (node instanceof MappingNode mapping) {
            for (MappingEntry entry : mapping.entries()) {
                size = saturatedAdd(size, saturatedAdd(size(entry.value()), 1));
            }
        } else if (node instanceof SequenceNode sequence) {
            for (TemplateNode item : sequence.items()) {
                size = saturatedAdd(size, size(item));
            }
        } else if (node instanceof IntrinsicNode call) {
            size = saturatedAdd(size, size(call.argument()));
        }
        sizes.put(node, size);
        return size;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
