package dev.cfnlsp.rules.references;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.ReferenceKind;

@RuleInfo(id = "parameter-unused", title = "Parameter never referenced", severity = Severity.WARNING,
        category = Category.VALIDITY,
        cfnLint = "W2001",
        readsTypes = {}, readsReferences = true)
public final class UnusedParameterRule extends UnusedDeclarationRule {
    public UnusedParameterRule() {
        super(DeclarationKind.PARAMETER, "Remove it, or reference it with Ref or ${...} in Fn::Sub.", ReferenceKind.REF, ReferenceKind.SUB);
    }
}
