package dev.cfnlsp.rules.iam;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.support.PolicyStatement;
import dev.cfnlsp.rules.support.PolicyStatements;
import dev.cfnlsp.template.ScalarNode;

/**
 * Allow statements granting {@code *} or {@code service:*}, in identity and resource policies alike. A KMS key policy
 * statement that gives {@code kms:*} to an account root is the default key policy: it only lets that account's IAM
 * policies decide, so it is not reported.
 */
@RuleInfo(id = "iam-wildcard-action", perResource = true, title = "Policy allows every action, or every action of a service",
        severity = Severity.WARNING, category = Category.SECURITY, errorInProduction = true,
        checkov = "CKV_AWS_63", cfnNag = {"F3", "F4", "F5", "F15", "F20"},
        guard = {"IAM_ROLE_NO_WILDCARD_ACTIONS_ON_PERMISSIONS", "IAM_POLICY_NO_STATEMENTS_WITH_FULL_ACCESS",
                "IAM_MANAGEDPOLICY_NO_STATEMENTS_WITH_FULL_ACCESS", "S3_BUCKET_POLICY_NO_WILDCARD_ACTION",
                "SQS_QUEUEPOLICY_NO_WILDCARD_ACTION"})
public final class WildcardActionRule implements Rule {
    private static final String KEY_TYPE = "AWS::KMS::Key";

    @Override
    public void check(RuleContext context) {
        for (PolicyStatement statement : PolicyStatements.in(context.template())) {
            if (!statement.allows() || isDefaultKeyPolicyStatement(statement)) {
                continue;
            }
            for (ScalarNode action : PolicyValues.literals(statement.statement().get("Action"))) {
                if (IamActions.isFullWildcard(action.value())) {
                    context.report(action.range(), message(action.value()));
                }
            }
        }
    }

    private static boolean isDefaultKeyPolicyStatement(PolicyStatement statement) {
        return statement.owner().isOfType(KEY_TYPE) && Principals.onlyAccountRoots(statement.principal());
    }

    private static String message(String action) {
        if (action.equals("*")) {
            return "This statement allows every action of every AWS service ('*'), which is administrator access "
                    + "wherever it applies. List only the actions that are needed.";
        }
        String service = action.substring(0, action.indexOf(':'));
        return "This statement allows every " + service + " action ('" + action + "'), including ones that delete "
                + "data or change permissions. List only the " + service + " actions that are needed.";
    }
}
