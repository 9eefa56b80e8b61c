package dev.cfnlsp.rules.properties;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;

@RuleInfo(id = "property-required", perResource = true,
        title = "Required property missing", severity = Severity.ERROR, category = Category.VALIDITY,
        cfnLint = "E3003")
public final class PropertyRequiredRule extends PropertyViolationRule {
    public PropertyRequiredRule() {
        super(PropertyViolation.Kind.REQUIRED);
    }
}
