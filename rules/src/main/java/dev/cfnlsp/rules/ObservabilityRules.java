package dev.cfnlsp.rules;

import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rules.cloudtrail.CloudTrailHardeningRule;
import dev.cfnlsp.rules.cloudtrail.CloudTrailNoCloudWatchLogsRule;
import dev.cfnlsp.rules.cloudtrail.CloudTrailNotLoggingRule;
import dev.cfnlsp.rules.lambda.LambdaDeprecatedRuntimeRule;
import dev.cfnlsp.rules.lambda.LambdaErrorAlarmRule;
import dev.cfnlsp.rules.lambda.LambdaLogGroupRule;
import dev.cfnlsp.rules.logging.LogGroupRetentionRule;
import dev.cfnlsp.rules.rds.RdsBackupRetentionRule;
import dev.cfnlsp.rules.rds.RdsDeletionProtectionRule;
import dev.cfnlsp.rules.rds.RdsPublicRule;
import dev.cfnlsp.rules.rds.RdsStorageEncryptedRule;
import dev.cfnlsp.rules.rds.RdsSubnetGroupRule;
import java.util.List;

/** The production-readiness rules about CloudTrail, log groups, Lambda functions and RDS databases. */
public final class ObservabilityRules {
    private ObservabilityRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new CloudTrailNotLoggingRule(), new CloudTrailNoCloudWatchLogsRule(), new CloudTrailHardeningRule(),
                new LogGroupRetentionRule(),
                new LambdaLogGroupRule(), new LambdaErrorAlarmRule(), new LambdaDeprecatedRuntimeRule(),
                new RdsStorageEncryptedRule(), new RdsPublicRule(), new RdsBackupRetentionRule(), new RdsSubnetGroupRule(),
                new RdsDeletionProtectionRule());
    }
}
