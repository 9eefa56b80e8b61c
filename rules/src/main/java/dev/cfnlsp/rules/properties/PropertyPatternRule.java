package dev.cfnlsp.rules.properties;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;

@RuleInfo(id = "property-pattern", perResource = true,
        title = "Property value does not match the required pattern", severity = Severity.ERROR, category = Category.VALIDITY,
        cfnLint = "E3031")
public final class PropertyPatternRule extends PropertyViolationRule {
    public PropertyPatternRule() {
        super(PropertyViolation.Kind.PATTERN);
    }
}
