package dev.cfnlsp.rules.cloudtrail;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.support.ResourceProperty;
import dev.cfnlsp.rules.support.TypedResources;
import dev.cfnlsp.template.Resource;
import java.util.List;

@RuleInfo(id = "cloudtrail-no-cloudwatch-logs", title = "CloudTrail trail does not deliver to CloudWatch Logs",
        severity = Severity.WARNING, category = Category.SECURITY, guard = "CLOUD_TRAIL_CLOUD_WATCH_LOGS_ENABLED")
public final class CloudTrailNoCloudWatchLogsRule implements Rule {
    private static final List<String> DELIVERY = List.of("CloudWatchLogsLogGroupArn", "CloudWatchLogsRoleArn");

    @Override
    public void check(RuleContext context) {
        for (Resource trail : TypedResources.of(context.template(), CloudTrailNotLoggingRule.TRAIL)) {
            List<String> missing = DELIVERY.stream().filter(p -> ResourceProperty.of(trail, p).absent()).toList();
            if (missing.size() == DELIVERY.size()) {
                context.report(trail.key().range(), "Trail '" + trail.name() + "' writes only to S3, where events can be"
                        + " read only after the fact. Set CloudWatchLogsLogGroupArn and CloudWatchLogsRoleArn (a role"
                        + " CloudTrail can assume to call logs:CreateLogStream and logs:PutLogEvents) so metric filters"
                        + " and alarms can react to suspicious calls as they happen.");
            } else if (!missing.isEmpty()) {
                String present = DELIVERY.stream().filter(p -> !missing.contains(p)).findFirst().orElseThrow();
                context.report(trail.key().range(), "Trail '" + trail.name() + "' sets " + present + " but not "
                        + missing.get(0) + "; CloudTrail needs both the log group and the role it assumes to deliver"
                        + " events to CloudWatch Logs. Add " + missing.get(0) + ".");
            }
        }
    }
}
