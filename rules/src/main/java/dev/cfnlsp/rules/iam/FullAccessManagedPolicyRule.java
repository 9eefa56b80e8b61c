package dev.cfnlsp.rules.iam;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;

/**
 * AWS managed {@code *FullAccess} policies on roles, users and groups. The fix replaces the policy with an inline one
 * ({@link ManagedPolicyReplacement}): for a VPC flow-log role given CloudWatchLogsFullAccess, exactly the five actions
 * flow logs need (safe); otherwise the usual actions on the resources the role's consumers are wired to, which is a
 * guess (preferred, not safe).
 */
@RuleInfo(id = "iam-full-access-managed-policy", title = "Role, user or group gets an AWS managed *FullAccess policy",
        severity = Severity.WARNING, category = Category.SECURITY, errorInProduction = true,
        readsTypes = {"AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group", "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"}, fixesReadEverything = true)
public final class FullAccessManagedPolicyRule implements Rule {
    /** Reported by iam-admin-access, which treats it as administrator access. */
    private static final String IAM_FULL_ACCESS = "IAMFullAccess";

    @Override
    public void check(RuleContext context) {
        for (AttachedAwsPolicy policy : AttachedAwsPolicy.in(context.template())) {
            if (policy.name().endsWith("FullAccess") && !policy.name().equals(IAM_FULL_ACCESS)) {
                context.report(policy.value().range(), policy.holderDescription() + " is given the AWS managed policy "
                        + policy.name() + ", which allows every action of its service on all resources, deleting "
                        + "and reconfiguring them included. Grant only the few actions it calls, on its own resources, "
                        + "in an inline or customer managed policy.",
                        ManagedPolicyReplacement.fix(context, policy).stream().toArray(Fix[]::new));
            }
        }
    }
}
