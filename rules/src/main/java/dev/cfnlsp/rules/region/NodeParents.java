package dev.cfnlsp.rules.region;

import dev.cfnlsp.template.IntrinsicNode;
import dev.cfnlsp.template.Intrinsics;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The node each node of a template sits in, so a fix can tell whether a literal may be replaced by a function call
 * (a property value, a list item, an Fn::If branch) or is itself a function's argument (the text of an Fn::Sub, the
 * name in a Ref). An aliased node is not replaced: every place of it would change, and they may differ.
 */
record NodeParents(Map<TemplateNode, TemplateNode> parents, Set<TemplateNode> aliased) {

    static NodeParents of(Template template) {
        NodeParents result = new NodeParents(new IdentityHashMap<>(), Collections.newSetFromMap(new IdentityHashMap<>()));
        template.root().ifPresent(result::walk);
        return result;
    }

    private void walk(TemplateNode node) {
        if (node instanceof MappingNode mapping) {
            for (MappingEntry entry : mapping.entries()) {
                visitChild(node, entry.value());
            }
        } else if (node instanceof SequenceNode sequence) {
            sequence.items().forEach(item -> visitChild(node, item));
        } else if (node instanceof IntrinsicNode call) {
            visitChild(node, call.argument());
        }
    }

    private void visitChild(TemplateNode parent, TemplateNode child) {
        if (parents.containsKey(child)) {
            aliased.add(child);
        } else {
            parents.put(child, parent);
            walk(child);
        }
    }

    Optional<TemplateNode> parent(TemplateNode node) {
        return Optional.ofNullable(parents.get(node));
    }

    /** The Fn::Sub whose template text {@code node} is (its argument, or the first item of its argument list). */
    Optional<IntrinsicNode> subOfText(TemplateNode node) {
        Optional<TemplateNode> parent = parent(node);
        if (parent.orElse(null) instanceof IntrinsicNode call && call.is(Intrinsics.SUB)) {
            return Optional.of(call);
        }
        if (parent.orElse(null) instanceof SequenceNode arguments && !arguments.items().isEmpty() && arguments.items().get(0) == node
                && parent(arguments).orElse(null) instanceof IntrinsicNode call && call.is(Intrinsics.SUB)) {
            return Optional.of(call);
        }
        return Optional.empty();
    }

    /**
     * Whether a function call may stand where {@code node} is: a mapping value, an item of a plain list, a branch of
     * Fn::If, a piece of Fn::Join, the list of Fn::Select or the string of Fn::Split.
     */
    boolean acceptsFunction(TemplateNode node) {
        if (aliased.contains(node)) {
            return false; // the places of the anchor and its aliases would all change
        }
        TemplateNode parent = parents.get(node);
        if (parent instanceof MappingNode) {
            return true;
        }
        if (!(parent instanceof SequenceNode list)) {
            return false;
        }
        TemplateNode grandparent = parents.get(list);
        if (grandparent instanceof MappingNode || grandparent instanceof SequenceNode) {
            return true;
        }
        if (grandparent instanceof IntrinsicNode call) {
            int index = indexOf(list, node);
            return call.is(Intrinsics.IF) && index >= 1 || (call.is("Fn::Select") || call.is("Fn::Split")) && index == 1;
        }
        return false;
    }

    private static int indexOf(SequenceNode list, TemplateNode node) {
        for (int i = 0; i < list.items().size(); i++) {
            if (list.items().get(i) == node) {
                return i;
            }
        }
        return -1;
    }
}
