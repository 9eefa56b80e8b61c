package dev.cfnlsp.rules.references;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.Reference;
import dev.cfnlsp.template.ReferenceKind;

@RuleInfo(id = "dependson-unknown", perResource = true, readsAllNames = true,
        title = "DependsOn names a resource that does not exist", severity = Severity.ERROR,
        category = Category.VALIDITY, cfnLint = "E3005")
public final class DependsOnUnknownRule extends ReferenceRule {
    public DependsOnUnknownRule() {
        super(ReferenceKind.DEPENDS_ON);
    }

    @Override
    void check(RuleContext context, Reference reference) {
        if (context.template().resource(reference.target()).isEmpty()) {
            UnknownTargets.report(context, reference.range(), reference.target(),
                    "DependsOn names '" + reference.target() + "', which is not a resource of this template.",
                    candidates(reference, context.template().declarations(DeclarationKind.RESOURCE).keySet()));
        }
    }
}
