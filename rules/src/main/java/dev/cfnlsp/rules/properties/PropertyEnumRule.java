package dev.cfnlsp.rules.properties;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;

@RuleInfo(id = "property-enum", perResource = true,
        title = "Property value not among the allowed values", severity = Severity.ERROR, category = Category.VALIDITY,
        cfnLint = "E3030")
public final class PropertyEnumRule extends PropertyViolationRule {
    public PropertyEnumRule() {
        super(PropertyViolation.Kind.ENUM);
    }
}
