package dev.cfnlsp.rules.iam;

import dev.cfnlsp.rules.support.Alternatives;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading list-or-single values of policies (Action, Resource, ManagedPolicyArns) through {@code Fn::If} branches. */
final class PolicyValues {
    private PolicyValues() {
    }

    /**
     * Every item the value may hold under some condition: a single value counts as a list of one, and each branch of
     * an {@code Fn::If} contributes its items. Items produced by other intrinsics are returned as they are.
     */
    static List<TemplateNode> items(Optional<TemplateNode> value) {
        List<TemplateNode> items = new ArrayList<>();
        value.ifPresent(v -> {
            for (TemplateNode alternative : Alternatives.of(v)) {
                if (alternative instanceof SequenceNode list) {
                    list.items().forEach(item -> items.addAll(Alternatives.of(item)));
                } else {
                    items.add(alternative);
                }
            }
        });
        return items;
    }

    /** The literal scalars among {@link #items}. */
    static List<ScalarNode> literals(Optional<TemplateNode> value) {
        return items(value).stream()
                .filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast)
                .filter(scalar -> !scalar.isNull())
                .toList();
    }
}
