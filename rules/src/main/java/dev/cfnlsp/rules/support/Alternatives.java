package dev.cfnlsp.rules.support;

import dev.cfnlsp.template.IntrinsicNode;
import dev.cfnlsp.template.Intrinsics;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The values a node may stand for when conditions decide: both branches of {@code Fn::If}, nested ones included.
 * Everything else stands for itself, so a rule can check literal branches and leave other intrinsics alone.
 */
public final class Alternatives {
    private Alternatives() {
    }

    public static List<TemplateNode> of(TemplateNode node) {
        List<TemplateNode> values = new ArrayList<>();
        List<TemplateNode> branches = branches(node);
        if (branches.isEmpty()) {
            values.add(node);
        } else {
            branches.forEach(branch -> values.addAll(of(branch)));
        }
        return values;
    }

    /** The two branches of an {@code Fn::If}; empty for any other node. */
    public static List<TemplateNode> branches(TemplateNode node) {
        if (node instanceof IntrinsicNode call && call.is(Intrinsics.IF)
                && call.argument() instanceof SequenceNode arguments && arguments.items().size() == 3) {
            return List.of(arguments.items().get(1), arguments.items().get(2));
        }
        return List.of();
    }
}
