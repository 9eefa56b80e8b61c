package dev.cfnlsp.rules.references;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.template.Reference;
import dev.cfnlsp.template.ReferenceKind;
import java.util.Set;

@RuleInfo(id = "sub-unknown-variable", perResource = true, readsAllNames = true,
        title = "Fn::Sub variable that names nothing", severity = Severity.ERROR,
        category = Category.VALIDITY, cfnLint = "E1019")
public final class SubVariableUnknownRule extends ReferenceRule {
    public SubVariableUnknownRule() {
        super(ReferenceKind.SUB);
    }

    @Override
    void check(RuleContext context, Reference reference) {
        if (reference.attribute().isPresent()) {
            AttributeReferences.check(context, reference, "${" + reference.target() + "." + reference.attribute().get() + "}",
                    "write ${" + reference.target() + "} for its value.");
            return;
        }
        Set<String> targets = RefTargets.of(context);
        if (!targets.contains(reference.target())) {
            UnknownTargets.report(context, reference.range(), reference.target(),
                    "${" + reference.target() + "} names no parameter, resource or pseudo parameter; declare it, pass it in the Fn::Sub variable map, or write ${!" + reference.target() + "} for literal text.",
                    candidates(reference, targets));
        }
    }
}
