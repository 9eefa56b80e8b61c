package dev.cfnlsp.rules.references;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.Reference;
import dev.cfnlsp.template.ReferenceKind;

@RuleInfo(id = "condition-unknown", perResource = true, readsAllNames = true,
        title = "Reference to an undeclared condition", severity = Severity.ERROR,
        category = Category.VALIDITY, cfnLint = "E8002")
public final class ConditionUnknownRule extends ReferenceRule {
    public ConditionUnknownRule() {
        super(ReferenceKind.CONDITION);
    }

    @Override
    void check(RuleContext context, Reference reference) {
        if (context.template().declaration(DeclarationKind.CONDITION, reference.target()).isEmpty()) {
            UnknownTargets.report(context, reference.range(), reference.target(),
                    "Condition '" + reference.target() + "' is not declared in the Conditions section.",
                    context.template().declarations(DeclarationKind.CONDITION).keySet());
        }
    }
}
