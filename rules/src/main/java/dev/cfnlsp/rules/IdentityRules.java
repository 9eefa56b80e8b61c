package dev.cfnlsp.rules;

import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rules.governance.ParameterGroupsRule;
import dev.cfnlsp.rules.governance.RequiredTagsRule;
import dev.cfnlsp.rules.iam.AdminAccessRule;
import dev.cfnlsp.rules.iam.FullAccessManagedPolicyRule;
import dev.cfnlsp.rules.iam.MissingKmsPermissionsRule;
import dev.cfnlsp.rules.iam.WildcardActionRule;
import dev.cfnlsp.rules.iam.WildcardResourceRule;
import java.util.List;

/** The production-readiness rules about IAM policies and governance (tags, parameter groups). */
public final class IdentityRules {
    private IdentityRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new AdminAccessRule(), new FullAccessManagedPolicyRule(), new WildcardActionRule(),
                new WildcardResourceRule(), new MissingKmsPermissionsRule(),
                new RequiredTagsRule(), new ParameterGroupsRule());
    }
}
