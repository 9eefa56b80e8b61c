package dev.cfnlsp.rules.elb;

import dev.cfnlsp.rules.support.MapLookup;
import dev.cfnlsp.template.IntrinsicNode;
import dev.cfnlsp.template.Intrinsics;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.PseudoParameters;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.TemplateNode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an AWS principal value: literal text, a Sub or Join of literal text and pseudo parameters, or a region-keyed
 * FindInMap (directly, as a Sub variable or as a Join piece). Empty when the value could be any account.
 */
final class Grants {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}!]*)}");
    /** Stands for the value of a pseudo parameter: never part of an account number. */
    private static final String PSEUDO = "?";

    private Grants() {
    }

    static Optional<Grant> of(TemplateNode node, boolean conditional) {
        if (node instanceof ScalarNode scalar) {
            return Optional.of(new Grant.Written(scalar.value(), node, conditional));
        }
        Optional<MapLookup> lookup = MapLookup.of(node).filter(MapLookup::keyedByRegion);
        if (lookup.isPresent()) {
            return Optional.of(new Grant.Mapped(lookup.get()));
        }
        if (!(node instanceof IntrinsicNode call)) {
            return Optional.empty();
        }
        return switch (call.function()) {
            case Intrinsics.REF -> pseudo(call.argument().scalarText()).map(text -> new Grant.Written(text, node, conditional));
            case Intrinsics.SUB -> sub(call, conditional);
            case "Fn::Join" -> join(call, conditional);
            default -> Optional.empty();
        };
    }

    private static Optional<String> pseudo(String name) {
        return name != null && PseudoParameters.isPseudo(name) ? Optional.of(PSEUDO) : Optional.empty();
    }

    private static Optional<Grant> sub(IntrinsicNode call, boolean conditional) {
        TemplateNode argument = call.argument();
        MappingNode variables = null;
        if (argument instanceof SequenceNode list && list.items().size() == 2 && list.items().get(1) instanceof MappingNode map) {
            argument = list.items().get(0);
            variables = map;
        }
        if (!(argument instanceof ScalarNode template)) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        Matcher matcher = VARIABLE.matcher(template.value());
        while (matcher.find()) {
            String name = matcher.group(1);
            Optional<TemplateNode> value = variables == null ? Optional.empty() : variables.get(name);
            if (value.isPresent()) {
                Optional<Grant> inner = of(value.get(), conditional);
                if (inner.isEmpty() || inner.get() instanceof Grant.Mapped) {
                    return inner;
                }
                matcher.appendReplacement(text, Matcher.quoteReplacement(((Grant.Written) inner.get()).text()));
            } else if (pseudo(name).isPresent()) {
                matcher.appendReplacement(text, Matcher.quoteReplacement(PSEUDO));
            } else {
                return Optional.empty();
            }
        }
        matcher.appendTail(text);
        return Optional.of(new Grant.Written(text.toString(), call, conditional));
    }

    private static Optional<Grant> join(IntrinsicNode call, boolean conditional) {
        if (!(call.argument() instanceof SequenceNode arguments) || arguments.items().size() != 2
                || !(arguments.items().get(0) instanceof ScalarNode delimiter)
                || !(arguments.items().get(1) instanceof SequenceNode pieces)) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (TemplateNode piece : pieces.items()) {
            Optional<Grant> inner = of(piece, conditional);
            if (inner.isEmpty() || inner.get() instanceof Grant.Mapped) {
                return inner;
            }
            if (!text.isEmpty()) {
                text.append(delimiter.value());
            }
            text.append(((Grant.Written) inner.get()).text());
        }
        return Optional.of(new Grant.Written(text.toString(), call, conditional));
    }
}
