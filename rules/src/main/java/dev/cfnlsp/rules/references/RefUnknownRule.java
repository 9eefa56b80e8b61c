package dev.cfnlsp.rules.references;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.template.Reference;
import dev.cfnlsp.template.ReferenceKind;
import java.util.Set;

@RuleInfo(id = "ref-unknown", perResource = true, readsAllNames = true,
        title = "Ref to an undeclared name", severity = Severity.ERROR,
        category = Category.VALIDITY, cfnLint = "E3005")
public final class RefUnknownRule extends ReferenceRule {
    public RefUnknownRule() {
        super(ReferenceKind.REF);
    }

    @Override
    void check(RuleContext context, Reference reference) {
        Set<String> targets = RefTargets.of(context);
        if (!targets.contains(reference.target())) {
            UnknownTargets.report(context, reference.range(), reference.target(),
                    "Ref to '" + reference.target() + "', which is not a parameter, a resource or a pseudo parameter of this template.",
                    candidates(reference, targets));
        }
    }
}
