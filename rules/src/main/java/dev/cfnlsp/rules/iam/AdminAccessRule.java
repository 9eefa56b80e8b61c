package dev.cfnlsp.rules.iam;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import java.util.Map;

/**
 * Administrator-level access given to a role, user or group: an AWS managed policy that hands over (nearly) the whole
 * account, or a policy of the template that allows every action on every resource, attached to it.
 */
@RuleInfo(id = "iam-admin-access", title = "Role, user or group gets administrator-level access",
        severity = Severity.ERROR, category = Category.SECURITY, cfnNag = "W43",
        guard = {"IAM_ROLE_ADMINISTRATOR_ACCESS_POLICY_RULE", "IAM_ROLE_ELEVATED_MANAGED_POLICY_RULE"},
        readsTypes = {"AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group", "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"}, fixesReadEverything = true)
public final class AdminAccessRule implements Rule {
    /** What each policy hands over, in a few words. */
    private static final Map<String, String> ELEVATED = Map.of(
            "AdministratorAccess", "every action on every resource of the account",
            "PowerUserAccess", "every action on every service except the management of IAM and Organizations",
            "IAMFullAccess", "the power to create principals and attach any policy to them, which amounts to administrator access");
    private static final String ADVICE = " Anyone who can use it, or a compromised workload running as it, controls far "
            + "more than its job needs. Grant only the actions and resources it uses instead.";

    @Override
    public void check(RuleContext context) {
        for (AttachedAwsPolicy policy : AttachedAwsPolicy.in(context.template())) {
            String grants = ELEVATED.get(policy.name());
            if (grants != null) {
                context.report(policy.value().range(), policy.holderDescription() + " is given the AWS managed policy "
                        + policy.name() + ": " + grants + "." + ADVICE,
                        ManagedPolicyReplacement.fix(context, policy).stream().toArray(Fix[]::new));
            }
        }
        for (AdminPolicyAttachment attachment : AdminPolicyAttachment.in(context.template())) {
            context.report(attachment.reference().range(), AttachedAwsPolicy.describe(attachment.principal()) + " gets policy '"
                    + attachment.policy().name() + "', which allows every action on every resource: administrator access."
                    + ADVICE);
        }
    }
}
