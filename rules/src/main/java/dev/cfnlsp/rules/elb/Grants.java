package dev.cfnlsp.rules.elb;

import dev.cfnlsp.rules.support.MapLookup;
import dev.cfnlsp.rules.support.StringParts;
import dev.cfnlsp.template.IntrinsicNode;
import dev.cfnlsp.template.Intrinsics;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.PseudoParameters;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.List;
import java.util.Optional;

/**
 * Reads an AWS principal value: text built from literals, pseudo parameters and attributes of the stack's own
 * resources, or a region-keyed FindInMap (directly, as a Sub variable or as a Join piece). Empty when the value could
 * be any account, e.g. a parameter.
 */
final class Grants {
    private Grants() {
    }

    static Optional<Grant> of(Template template, TemplateNode node, boolean conditional) {
        Optional<MapLookup> lookup = regionKeyedLookup(node);
        if (lookup.isPresent()) {
            return Optional.of(new Grant.Mapped(lookup.get()));
        }
        Optional<StringParts> parts = StringParts.of(node);
        if (parts.isEmpty() || parts.get().hasUnknown() || !parts.get().variables().stream().allMatch(v -> ownValue(template, v))) {
            return Optional.empty();
        }
        // A pseudo parameter (partition, own account) or an attribute of a resource of this stack is never part of a
        // log-delivery account number.
        String text = parts.get().render().replaceAll("\\$\\{[^}]*}", "?");
        return Optional.of(new Grant.Written(text, node, conditional));
    }

    private static boolean ownValue(Template template, StringParts.Variable variable) {
        return PseudoParameters.isPseudo(variable.name()) || template.resource(variable.target()).isPresent();
    }

    private static Optional<MapLookup> regionKeyedLookup(TemplateNode node) {
        return candidates(node).stream().map(MapLookup::of).flatMap(Optional::stream).filter(MapLookup::keyedByRegion).findFirst();
    }

    /** The node, the values of a Sub's variable map, or the pieces of a Join. */
    private static List<TemplateNode> candidates(TemplateNode node) {
        if (node instanceof IntrinsicNode call && call.argument() instanceof SequenceNode arguments && arguments.items().size() == 2) {
            if (call.is(Intrinsics.SUB) && arguments.items().get(1) instanceof MappingNode variables) {
                return variables.entries().stream().map(MappingEntry::value).toList();
            }
            if (call.is("Fn::Join") && arguments.items().get(1) instanceof SequenceNode pieces) {
                return pieces.items();
            }
        }
        return List.of(node);
    }
}
