package dev.cfnlsp.rules.properties;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;

@RuleInfo(id = "property-unknown", perResource = true,
        title = "Unknown property", severity = Severity.ERROR, category = Category.VALIDITY,
        cfnLint = "E3002")
public final class PropertyUnknownRule extends PropertyViolationRule {
    public PropertyUnknownRule() {
        super(PropertyViolation.Kind.UNKNOWN);
    }
}
