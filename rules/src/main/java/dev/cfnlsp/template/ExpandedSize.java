package dev.cfnlsp.template;

import java.util.IdentityHashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * How many values a composed YAML document has once its aliases are expanded, computed in time linear in the
 * document by remembering the size of each shared node. Every later walk of the model visits that many values.
 */
final class ExpandedSize {
    private final Map<Node, Long> sizes = new IdentityHashMap<>();

    private ExpandedSize() {
    }

    static long of(Node root) {
        return new ExpandedSize().size(root);
    }

    private long size(Node node) {
        Long known = sizes.get(node);
        if (known != null) {
            return known;
        }
        long size = 1;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                size = saturatedAdd(size, size(tuple.getValueNode()) + 1);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                size = saturatedAdd(size, size(item));
            }
        }
        sizes.put(node, size);
        return size;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
