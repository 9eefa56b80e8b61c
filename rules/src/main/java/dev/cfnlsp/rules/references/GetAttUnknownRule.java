package dev.cfnlsp.rules.references;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.template.Reference;
import dev.cfnlsp.template.ReferenceKind;

@RuleInfo(id = "getatt-unknown", perResource = true, readsAllNames = true,
        title = "Fn::GetAtt of an undeclared resource or an attribute it does not have",
        severity = Severity.ERROR, category = Category.VALIDITY, cfnLint = "E1010")
public final class GetAttUnknownRule extends ReferenceRule {
    public GetAttUnknownRule() {
        super(ReferenceKind.GET_ATT);
    }

    @Override
    void check(RuleContext context, Reference reference) {
        AttributeReferences.check(context, reference, "Fn::GetAtt", "use Ref for parameters.");
    }
}
