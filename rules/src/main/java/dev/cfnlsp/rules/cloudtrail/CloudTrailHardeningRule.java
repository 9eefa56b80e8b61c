package dev.cfnlsp.rules.cloudtrail;

import dev.cfnlsp.edit.EditValue;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One finding per missing safeguard, so each can be fixed (or suppressed) on its own line. Validation and
 * multi-region coverage are switched on by their fixes; the KMS key gets none, since which key (and a key policy that
 * lets CloudTrail use it) is the author's decision.
 */
@RuleInfo(id = "cloudtrail-hardening", perResource = true,
        title = "CloudTrail trail lacks log validation, all-region coverage or KMS encryption",
        severity = Severity.WARNING, category = Category.SECURITY, errorInProduction = true,
        checkov = {"CKV_AWS_35", "CKV_AWS_36", "CKV_AWS_67"},
        guard = {"CLOUD_TRAIL_ENCRYPTION_ENABLED", "CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED", "MULTI_REGION_CLOUD_TRAIL_ENABLED"})
public final class CloudTrailHardeningRule implements Rule {
    private static final String GLOBAL_EVENTS = "IncludeGlobalServiceEvents";

    @Override
    public void check(RuleContext context) {
        for (Resource trail : TypedResources.of(context.template(), CloudTrailNotLoggingRule.TRAIL)) {
            ResourceProperty validation = ResourceProperty.of(trail, "EnableLogFileValidation");
            if (validation.notEnabled()) {
                context.report(validation.range(), "Log file validation is off for trail '" + trail.name() + "': without"
                        + " the signed digest files nobody can prove later that a log file was not altered or deleted."
                        + " Set EnableLogFileValidation to true.", enable(context, trail, "EnableLogFileValidation"));
            }
            ResourceProperty multiRegion = ResourceProperty.of(trail, "IsMultiRegionTrail");
            if (multiRegion.notEnabled()) {
                context.report(multiRegion.range(), "Trail '" + trail.name() + "' is single-region: activity in any"
                        + " other region, including one an attacker picks because nobody watches it, goes unrecorded."
                        + " Set IsMultiRegionTrail to true.", multiRegion(context, trail));
            }
            ResourceProperty key = ResourceProperty.of(trail, "KMSKeyId");
            if (key.absent()) {
                context.report(key.range(), "Trail '" + trail.name() + "' has no KMS encryption: its log files get only"
                        + " S3-managed encryption, so anyone who can read the bucket can read the audit history. Set"
                        + " KMSKeyId to a customer managed key whose policy lets CloudTrail encrypt with it.");
            }
        }
    }

    private static Fix[] enable(RuleContext context, Resource trail, String property) {
        return ObservabilityFixes.setValue(context, trail, property, EditValue.bool(true))
                .map(edit -> new Fix[] {Fix.safe(title(trail, property), edit)})
                .orElse(new Fix[0]);
    }

    /**
     * CloudTrail refuses a multi-region trail that excludes global service events, so a literal
     * {@code IncludeGlobalServiceEvents: false} is switched on with it; one an intrinsic computes makes the fix a
     * choice rather than a safe one, since the deployment may then fail.
     */
    private static Fix[] multiRegion(RuleContext context, Resource trail) {
        Optional<TextEdit> enable = ObservabilityFixes.setValue(context, trail, "IsMultiRegionTrail", EditValue.bool(true));
        if (enable.isEmpty()) {
            return new Fix[0];
        }
        ResourceProperty globalEvents = ResourceProperty.of(trail, GLOBAL_EVENTS);
        String title = title(trail, "IsMultiRegionTrail");
        if (globalEvents.literallyFalse()) {
            Optional<TextEdit> include = ObservabilityFixes.setValue(context, trail, GLOBAL_EVENTS, EditValue.bool(true));
            if (include.isEmpty()) {
                return new Fix[0];
            }
            List<TextEdit> both = new ArrayList<>(List.of(enable.get(), include.get()));
            both.sort((a, b) -> a.range().start().compareTo(b.range().start()));
            return new Fix[] {Fix.safe("Set IsMultiRegionTrail: true and " + GLOBAL_EVENTS + ": true on " + trail.name(),
                    ObservabilityFixes.joinInsertions(both).toArray(TextEdit[]::new))};
        }
        if (!globalEvents.absent() && !globalEvents.literallyTrue()) {
            return new Fix[] {Fix.alternative(title + " (needs " + GLOBAL_EVENTS + " to be true)", enable.get())};
        }
        return new Fix[] {Fix.safe(title, enable.get())};
    }

    private static String title(Resource trail, String property) {
        return trail.property(property).isPresent()
                ? "Set " + property + ": true on " + trail.name()
                : "Add " + property + ": true to " + trail.name();
    }
}
