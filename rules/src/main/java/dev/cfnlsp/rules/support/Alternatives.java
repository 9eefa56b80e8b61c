package dev.cfnlsp.rules.support;

import dev.cfnlsp.template.IntrinsicNode;
import dev.cfnlsp.template.Intrinsics;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The values a node may stand for when conditions decide: both branches of {@code Fn::If}, nested ones included.
 * Everything else stands for itself, so a rule can check literal branches and leave other intrinsics alone.
 */
public final class Alternatives {
    private Alternatives() {
    }

    public static List<TemplateNode> of(TemplateNode node) {
        List<TemplateNode> values = new ArrayList<>();
        collect(node, values);
        return values;
    }

    public static List<TemplateNode> of(Optional<TemplateNode> node) {
        return node.map(Alternatives::of).orElse(List.of());
    }

    /** {@code !Ref AWS::NoValue}: the property is left out in that branch. */
    public static boolean isNoValue(TemplateNode node) {
        return node instanceof IntrinsicNode ref && ref.is(Intrinsics.REF) && "AWS::NoValue".equals(ref.argument().scalarText());
    }

    private static void collect(TemplateNode node, List<TemplateNode> values) {
        if (node instanceof IntrinsicNode call && call.is(Intrinsics.IF)
                && call.argument() instanceof SequenceNode arguments && arguments.items().size() == 3) {
            collect(arguments.items().get(1), values);
            collect(arguments.items().get(2), values);
        } else {
            values.add(node);
        }
    }
}
