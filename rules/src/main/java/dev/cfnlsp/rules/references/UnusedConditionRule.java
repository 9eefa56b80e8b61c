package dev.cfnlsp.rules.references;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.ReferenceKind;

@RuleInfo(id = "condition-unused", title = "Condition never used", severity = Severity.WARNING,
        category = Category.VALIDITY, cfnLint = "W8001",
        readsTypes = {}, readsReferences = true)
public final class UnusedConditionRule extends UnusedDeclarationRule {
    public UnusedConditionRule() {
        super(DeclarationKind.CONDITION, "Remove it, or use it in a Condition attribute, in Fn::If or in another condition.",
                ReferenceKind.CONDITION);
    }
}
