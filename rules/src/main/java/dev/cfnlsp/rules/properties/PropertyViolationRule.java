package dev.cfnlsp.rules.properties;

import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;

/** Base of the schema rules: each reports one kind of the violations found by a single shared walk. */
abstract class PropertyViolationRule implements Rule {
    private final PropertyViolation.Kind kind;

    PropertyViolationRule(PropertyViolation.Kind kind) {
        this.kind = kind;
    }

    @Override
    public final void check(RuleContext context) {
        for (PropertyViolation violation : context.shared(PropertyViolations.class, PropertyViolations::of).ofKind(kind)) {
            context.report(violation.range(), violation.message(), violation.fixes().toArray(Fix[]::new));
        }
    }
}
