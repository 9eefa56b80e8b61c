package dev.cfnlsp.rules.references;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.ReferenceKind;

@RuleInfo(id = "mapping-unused", title = "Mapping never read by Fn::FindInMap", severity = Severity.WARNING,
        category = Category.VALIDITY, cfnLint = "W7001",
        readsTypes = {}, readsReferences = true)
public final class UnusedMappingRule extends UnusedDeclarationRule {
    public UnusedMappingRule() {
        super(DeclarationKind.MAPPING, "Remove it, or read it with Fn::FindInMap.", ReferenceKind.FIND_IN_MAP);
    }
}
