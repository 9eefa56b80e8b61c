package dev.cfnlsp.rules.logging;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.support.ResourceProperty;
import dev.cfnlsp.rules.support.TypedResources;
import dev.cfnlsp.template.Resource;
import java.util.Optional;

@RuleInfo(id = "log-group-retention", perResource = true,
        title = "Log group keeps its events forever", severity = Severity.WARNING,
        category = Category.OPERATIONS, checkov = "CKV_AWS_66", cfnNag = "W86")
public final class LogGroupRetentionRule implements Rule {
    public static final String LOG_GROUP = "AWS::Logs::LogGroup";

    @Override
    public void check(RuleContext context) {
        for (Resource group : TypedResources.of(context.template(), LOG_GROUP)) {
            if (ResourceProperty.of(group, "RetentionInDays").absent()) {
                context.report(group.key().range(), "Log group '" + group.name() + "' has no RetentionInDays, so its"
                        + " events never expire: storage costs grow for as long as the stack lives, and no retention"
                        + " period you could point an auditor to applies. Set RetentionInDays (e.g. 30, 90 or 365).",
                        addRetention(context, group).stream().toArray(Fix[]::new));
            }
        }
    }

    /**
     * Sets RetentionInDays on a group that lacks it: the template's {@code LogRetentionInDays} parameter when it
     * declares one, else 365 days. Shared with lambda-log-group, whose finding on a function is about its group.
     */
    public static Optional<Fix> addRetention(RuleContext context, Resource group) {
        ObservabilityFixes.Retention retention = ObservabilityFixes.retention(context.template());
        String title = (group.property("RetentionInDays").isPresent() ? "Set RetentionInDays: " + retention.shown() + " on "
                : "Add RetentionInDays: " + retention.shown() + " to ") + group.name();
        return ObservabilityFixes.setValue(context, group, "RetentionInDays", retention.value()).map(edit -> Fix.safe(title, edit));
    }
}
