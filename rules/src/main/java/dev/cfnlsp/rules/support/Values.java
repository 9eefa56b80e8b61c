package dev.cfnlsp.rules.support;

import dev.cfnlsp.template.IntrinsicNode;
import dev.cfnlsp.template.Intrinsics;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.TemplateNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reading literal values the way CloudFormation does ({@code "true"} is true), and what an intrinsic points at. */
public final class Values {
    private Values() {
    }

    /** The text of a literal scalar; empty for intrinsics, collections and nulls. */
    public static Optional<String> literal(Optional<TemplateNode> node) {
        return node.filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast)
                .filter(scalar -> !scalar.isNull()).map(ScalarNode::value);
    }

    public static boolean isTrue(Optional<TemplateNode> node) {
        return literal(node).map(v -> v.toLowerCase(Locale.ROOT).equals("true")).orElse(false);
    }

    public static boolean isFalse(Optional<TemplateNode> node) {
        return literal(node).map(v -> v.toLowerCase(Locale.ROOT).equals("false")).orElse(false);
    }

    /** A literal integer value. */
    public static Optional<Long> integer(Optional<TemplateNode> node) {
        return literal(node).filter(v -> v.trim().matches("-?\\d{1,18}")).map(v -> Long.parseLong(v.trim()));
    }

    /**
     * The logical id a value points at: {@code !Ref X}, {@code !GetAtt X.Attr}, or an Fn::Sub string that is
     * exactly {@code ${X}} or {@code ${X.Attr}}.
     */
    public static Optional<String> target(TemplateNode node) {
        if (!(node instanceof IntrinsicNode intrinsic)) {
            return Optional.empty();
        }
        TemplateNode argument = intrinsic.argument();
        return switch (intrinsic.function()) {
            case Intrinsics.REF -> Optional.ofNullable(argument.scalarText());
            case Intrinsics.GET_ATT -> getAttTarget(argument);
            case Intrinsics.SUB -> Optional.ofNullable(argument.scalarText())
                    .filter(text -> text.matches("\\$\\{[A-Za-z0-9]+(\\.[A-Za-z0-9.]+)?}"))
                    .map(text -> text.substring(2, text.length() - 1).split("\\.")[0]);
            default -> Optional.empty();
        };
    }

    private static Optional<String> getAttTarget(TemplateNode argument) {
        if (argument instanceof ScalarNode scalar) {
            return Optional.of(scalar.value().split("\\.")[0]);
        }
        if (argument instanceof SequenceNode sequence && !sequence.items().isEmpty()) {
            return Optional.ofNullable(sequence.items().get(0).scalarText());
        }
        return Optional.empty();
    }

    /** The items of a list, or the value itself when a single value stands where a list may be written. */
    public static List<TemplateNode> items(TemplateNode node) {
        return node instanceof SequenceNode sequence ? sequence.items() : List.of(node);
    }
}
