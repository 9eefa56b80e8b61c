package dev.cfnlsp.rules.cloudtrail;

import dev.cfnlsp.edit.EditValue;
import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.logging.ObservabilityFixes;
import dev.cfnlsp.rules.support.ResourceProperty;
import dev.cfnlsp.rules.support.TypedResources;
import dev.cfnlsp.template.Resource;

@RuleInfo(id = "cloudtrail-not-logging", perResource = true, title = "CloudTrail trail created with logging turned off",
        severity = Severity.ERROR, category = Category.SECURITY, guard = "CLOUD_TRAIL_ENABLED")
public final class CloudTrailNotLoggingRule implements Rule {
    static final String TRAIL = "AWS::CloudTrail::Trail";

    @Override
    public void check(RuleContext context) {
        for (Resource trail : TypedResources.of(context.template(), TRAIL)) {
            ResourceProperty isLogging = ResourceProperty.of(trail, "IsLogging");
            if (isLogging.literallyFalse()) {
                context.report(isLogging.range(), "Trail '" + trail.name() + "' is deployed with IsLogging: false, so it"
                        + " records no API activity and leaves no audit record of who changed what. Set IsLogging to true.",
                        ObservabilityFixes.setValue(context, trail, "IsLogging", EditValue.bool(true))
                                .map(edit -> Fix.safe("Set IsLogging: true on " + trail.name(), edit))
                                .stream().toArray(Fix[]::new));
            }
        }
    }
}
