package dev.cfnlsp.rules.properties;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;

@RuleInfo(id = "property-range", perResource = true,
        title = "Property value outside its allowed range or length", severity = Severity.ERROR, category = Category.VALIDITY,
        cfnLint = "E3034")
public final class PropertyRangeRule extends PropertyViolationRule {
    public PropertyRangeRule() {
        super(PropertyViolation.Kind.RANGE);
    }
}
