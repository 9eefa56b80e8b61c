package dev.cfnlsp.rules.cloudtrail;

import dev.cfnlsp.edit.EditValue;
import dev.cfnlsp.edit.TemplateEdits;
import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rule.TextEdit;
import dev.cfnlsp.rules.logging.ObservabilityFixes;
import dev.cfnlsp.rules.support.ResourceProperty;
import dev.cfnlsp.rules.support.TypedResources;
import dev.cfnlsp.template.Resource;
import java.util.List;
import java.util.Optional;

/**
 * The fix declares what delivery needs next to the trail: a log group with retention, and a role CloudTrail assumes
 * to write to it. {@code Fn::GetAtt Group.Arn} is the group's ARN with the {@code :*} suffix, which is the form
 * CloudTrail expects in CloudWatchLogsLogGroupArn and which, as the policy's resource, covers the group's log streams
 * ({@code log-group:NAME:log-stream:...}).
 */
@RuleInfo(id = "cloudtrail-no-cloudwatch-logs", title = "CloudTrail trail does not deliver to CloudWatch Logs",
        severity = Severity.WARNING, category = Category.SECURITY, guard = "CLOUD_TRAIL_CLOUD_WATCH_LOGS_ENABLED",
        readsTypes = {"AWS::CloudTrail::Trail", "AWS::IAM::Role", "AWS::Logs::LogGroup"})
public final class CloudTrailNoCloudWatchLogsRule implements Rule {
    private static final String GROUP_ARN = "CloudWatchLogsLogGroupArn";
    private static final String ROLE_ARN = "CloudWatchLogsRoleArn";
    private static final List<String> DELIVERY = List.of(GROUP_ARN, ROLE_ARN);

    @Override
    public void check(RuleContext context) {
        for (Resource trail : TypedResources.of(context.template(), CloudTrailNotLoggingRule.TRAIL)) {
            List<String> missing = DELIVERY.stream().filter(p -> ResourceProperty.of(trail, p).absent()).toList();
            if (missing.size() == DELIVERY.size()) {
                context.report(trail.key().range(), "Trail '" + trail.name() + "' writes only to S3, where events can be"
                        + " read only after the fact. Set CloudWatchLogsLogGroupArn and CloudWatchLogsRoleArn (a role"
                        + " CloudTrail can assume to call logs:CreateLogStream and logs:PutLogEvents) so metric filters"
                        + " and alarms can react to suspicious calls as they happen.", deliver(context, trail));
            } else if (!missing.isEmpty()) {
                String present = DELIVERY.stream().filter(p -> !missing.contains(p)).findFirst().orElseThrow();
                context.report(trail.key().range(), "Trail '" + trail.name() + "' sets " + present + " but not "
                        + missing.get(0) + "; CloudTrail needs both the log group and the role it assumes to deliver"
                        + " events to CloudWatch Logs. Add " + missing.get(0) + ".",
                        missing.get(0).equals(ROLE_ARN) ? addRole(context, trail) : new Fix[0]);
            }
        }
    }

    /** A new log group, a role that may write to it, and both ARNs on the trail. */
    private static Fix[] deliver(RuleContext context, Resource trail) {
        TemplateEdits edits = ObservabilityFixes.edits(context);
        if (written(trail)) {
            return new Fix[0];
        }
        String group = edits.unusedLogicalId(trail.name() + "LogGroup");
        String role = edits.unusedLogicalId(trail.name() + "LogsRole");
        ObservabilityFixes.Retention retention = ObservabilityFixes.retention(context.template());
        Optional<TextEdit> properties = ObservabilityFixes.insertProperties(context, trail, EditValue.map()
                .put(GROUP_ARN, EditValue.getAtt(group, "Arn"))
                .put(ROLE_ARN, EditValue.getAtt(role, "Arn"))
                .build());
        Optional<TextEdit> groupResource = ObservabilityFixes.insertResource(context, trail, group,
                ObservabilityFixes.withConditionOf(trail, ObservabilityFixes.logGroup(Optional.empty(), retention)));
        Optional<TextEdit> roleResource = ObservabilityFixes.insertResource(context, trail, role,
                ObservabilityFixes.withConditionOf(trail, deliveryRole(EditValue.getAtt(group, "Arn"))));
        if (properties.isEmpty() || groupResource.isEmpty() || roleResource.isEmpty()) {
            return new Fix[0];
        }
        List<TextEdit> all = List.of(properties.get(), groupResource.get(), roleResource.get());
        return new Fix[] {Fix.safe("Add log group " + group + " (RetentionInDays: " + retention.shown() + ") and role "
                + role + ", and deliver " + trail.name() + "'s events to them",
                ObservabilityFixes.joinInsertions(all).toArray(TextEdit[]::new))};
    }

    /**
     * The trail names its log group already: a role that may write to exactly that group, whatever expression
     * names it. A role given without a group gets no fix, since its permissions cannot be read or widened safely.
     */
    private static Fix[] addRole(RuleContext context, Resource trail) {
        TemplateEdits edits = ObservabilityFixes.edits(context);
        Optional<EditValue> groupArn = trail.property(GROUP_ARN).flatMap(ObservabilityFixes::copy);
        if (groupArn.isEmpty() || written(trail)) {
            return new Fix[0];
        }
        String role = edits.unusedLogicalId(trail.name() + "LogsRole");
        Optional<TextEdit> property = ObservabilityFixes.insertProperties(context, trail,
                EditValue.map().put(ROLE_ARN, EditValue.getAtt(role, "Arn")).build());
        Optional<TextEdit> roleResource = ObservabilityFixes.insertResource(context, trail, role,
                ObservabilityFixes.withConditionOf(trail, deliveryRole(groupArn.get())));
        if (property.isEmpty() || roleResource.isEmpty()) {
            return new Fix[0];
        }
        List<TextEdit> all = List.of(property.get(), roleResource.get());
        return new Fix[] {Fix.safe("Add role " + role + " that may write to the trail's log group and set " + ROLE_ARN
                + " on " + trail.name(), ObservabilityFixes.joinInsertions(all).toArray(TextEdit[]::new))};
    }

    /** An empty written property ({@code CloudWatchLogsRoleArn:}) would be duplicated by an insertion. */
    private static boolean written(Resource trail) {
        return DELIVERY.stream().anyMatch(p -> trail.property(p).isPresent() && ResourceProperty.of(trail, p).absent());
    }

    private static EditValue.Mapping deliveryRole(EditValue groupArn) {
        EditValue.Mapping trust = EditValue.map()
                .put("Version", "2012-10-17")
                .put("Statement", EditValue.list(EditValue.map()
                        .put("Effect", "Allow")
                        .put("Principal", EditValue.map().put("Service", "cloudtrail.amazonaws.com").build())
                        .put("Action", "sts:AssumeRole")
                        .build()))
                .build();
        EditValue.Mapping delivery = EditValue.map()
                .put("Version", "2012-10-17")
                .put("Statement", EditValue.list(EditValue.map()
                        .put("Effect", "Allow")
                        .put("Action", EditValue.list(EditValue.text("logs:CreateLogStream"), EditValue.text("logs:PutLogEvents")))
                        .put("Resource", groupArn)
                        .build()))
                .build();
        return EditValue.map()
                .put("Type", "AWS::IAM::Role")
                .put("Properties", EditValue.map()
                        .put("AssumeRolePolicyDocument", trust)
                        .put("Policies", EditValue.list(EditValue.map()
                                .put("PolicyName", "cloudtrail-to-cloudwatch-logs")
                                .put("PolicyDocument", delivery)
                                .build()))
                        .build())
                .build();
    }
}
