package dev.cfnlsp.rules.references;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.template.Declaration;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.IntrinsicFinder;
import dev.cfnlsp.template.IntrinsicNode;
import dev.cfnlsp.template.Intrinsics;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.TemplateNode;
import java.util.List;
import java.util.Optional;

@RuleInfo(id = "findinmap-unknown", perResource = true, title = "Fn::FindInMap of a mapping or key that does not exist",
        severity = Severity.ERROR, category = Category.VALIDITY, cfnLint = "E1011")
public final class FindInMapUnknownRule implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!context.template().transforms().isEmpty()) {
            return;
        }
        for (IntrinsicNode call : IntrinsicFinder.find(context.template(), Intrinsics.FIND_IN_MAP)) {
            if (call.argument() instanceof SequenceNode arguments && arguments.items().size() == 3) {
                check(context, arguments.items());
            }
        }
    }

    private static void check(RuleContext context, List<TemplateNode> arguments) {
        if (!(arguments.get(0) instanceof ScalarNode mapName)) {
            return;
        }
        Optional<Declaration> map = context.template().declaration(DeclarationKind.MAPPING, mapName.value());
        if (map.isEmpty()) {
            UnknownTargets.report(context, context.template().valueRange(mapName), mapName.value(),
                    "Fn::FindInMap names the mapping '" + mapName.value() + "', which is not declared in Mappings.",
                    context.template().declarations(DeclarationKind.MAPPING).keySet());
            return;
        }
        Optional<MappingNode> topLevel = literalKey(context, map.get().mapping(), arguments.get(1), "mapping '" + mapName.value() + "'");
        if (topLevel.isPresent() && arguments.get(1) instanceof ScalarNode topKey) {
            literalKey(context, topLevel, arguments.get(2), "entry '" + topKey.value() + "' of mapping '" + mapName.value() + "'");
        }
    }

    /** Checks a literal key against a mapping; returns the value it selects when that is itself a mapping. */
    private static Optional<MappingNode> literalKey(RuleContext context, Optional<MappingNode> in, TemplateNode key, String where) {
        if (in.isEmpty() || !(key instanceof ScalarNode literal)) {
            return Optional.empty();
        }
        if (in.get().get(literal.value()).isEmpty()) {
            UnknownTargets.report(context, context.template().valueRange(literal), literal.value(),
                    "The " + where + " has no key '" + literal.value() + "'.",
                    in.get().entries().stream().map(MappingEntry::name).toList());
            return Optional.empty();
        }
        return in.get().mapping(literal.value());
    }
}
