package dev.cfnlsp.rules.cloudtrail;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.support.ResourceProperty;
import dev.cfnlsp.rules.support.TypedResources;
import dev.cfnlsp.template.Resource;

/** One finding per missing safeguard, so each can be fixed (or suppressed) on its own line. */
@RuleInfo(id = "cloudtrail-hardening", title = "CloudTrail trail lacks log validation, all-region coverage or KMS encryption",
        severity = Severity.WARNING, category = Category.SECURITY, errorInProduction = true,
        checkov = {"CKV_AWS_35", "CKV_AWS_36", "CKV_AWS_67"},
        guard = {"CLOUD_TRAIL_ENCRYPTION_ENABLED", "CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED", "MULTI_REGION_CLOUD_TRAIL_ENABLED"})
public final class CloudTrailHardeningRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (Resource trail : TypedResources.of(context.template(), CloudTrailNotLoggingRule.TRAIL)) {
            ResourceProperty validation = ResourceProperty.of(trail, "EnableLogFileValidation");
            if (validation.notEnabled()) {
                context.report(validation.range(), "Log file validation is off for trail '" + trail.name() + "': without"
                        + " the signed digest files nobody can prove later that a log file was not altered or deleted."
                        + " Set EnableLogFileValidation to true.");
            }
            ResourceProperty multiRegion = ResourceProperty.of(trail, "IsMultiRegionTrail");
            if (multiRegion.notEnabled()) {
                context.report(multiRegion.range(), "Trail '" + trail.name() + "' is single-region: activity in any"
                        + " other region, including one an attacker picks because nobody watches it, goes unrecorded."
                        + " Set IsMultiRegionTrail to true.");
            }
            ResourceProperty key = ResourceProperty.of(trail, "KMSKeyId");
            if (key.absent()) {
                context.report(key.range(), "Trail '" + trail.name() + "' has no KMS encryption: its log files get only"
                        + " S3-managed encryption, so anyone who can read the bucket can read the audit history. Set"
                        + " KMSKeyId to a customer managed key whose policy lets CloudTrail encrypt with it.");
            }
        }
    }
}
