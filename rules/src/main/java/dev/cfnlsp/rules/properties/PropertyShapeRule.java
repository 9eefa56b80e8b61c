package dev.cfnlsp.rules.properties;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;

@RuleInfo(id = "property-shape", perResource = true,
        title = "Property value has the wrong shape", severity = Severity.ERROR, category = Category.VALIDITY,
        cfnLint = "E3012")
public final class PropertyShapeRule extends PropertyViolationRule {
    public PropertyShapeRule() {
        super(PropertyViolation.Kind.SHAPE);
    }
}
