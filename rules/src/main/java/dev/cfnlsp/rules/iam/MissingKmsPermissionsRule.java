package dev.cfnlsp.rules.iam;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.support.PolicyStatement;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A role that reads or writes an S3 bucket's objects or a secret which the template encrypts with its own KMS key,
 * while neither the role's policies nor the key policy may allow the KMS call that access needs. Only statements that
 * name the bucket or secret count as using it; a role whose policies the template cannot fully see is left alone.
 */
@RuleInfo(id = "iam-missing-kms-permissions", title = "Role uses KMS-encrypted data without permission to use the key",
        severity = Severity.WARNING, category = Category.RELIABILITY, errorInProduction = true)
public final class MissingKmsPermissionsRule implements Rule {

    @Override
    public void check(RuleContext context) {
        Template template = context.template();
        List<EncryptedStore> stores = EncryptedStore.in(template);
        if (stores.isEmpty()) {
            return;
        }
        for (RolePermissions role : RolePermissions.in(template)) {
            for (PolicyStatement statement : role.attached()) {
                if (!statement.allows()) {
                    continue;
                }
                for (EncryptedStore store : stores) {
                    boolean named = PolicyValues.items(statement.statement().get("Resource")).stream().anyMatch(store::isNamedBy);
                    if (named) {
                        checkAccess(context, role, statement, store);
                    }
                }
            }
        }
    }

    private static void checkAccess(RuleContext context, RolePermissions role, PolicyStatement statement, EncryptedStore store) {
        List<ScalarNode> actions = PolicyValues.literals(statement.statement().get("Action"));
        Optional<ScalarNode> read = firstGranting(actions, store.kind().reads);
        Optional<ScalarNode> write = firstGranting(actions, store.kind().writes);
        List<String> missing = new ArrayList<>();
        if (read.isPresent() && lacks(context, role, store, EncryptedStore.DECRYPT)) {
            missing.add(EncryptedStore.DECRYPT);
        }
        if (write.isPresent() && lacks(context, role, store, EncryptedStore.GENERATE_DATA_KEY)) {
            missing.add(EncryptedStore.GENERATE_DATA_KEY);
        }
        if (missing.isEmpty()) {
            return;
        }
        ScalarNode at = read.filter(r -> missing.contains(EncryptedStore.DECRYPT)).orElseGet(write::orElseThrow);
        String use = read.isPresent() && write.isPresent() ? "reads and writes" : read.isPresent() ? "reads" : "writes";
        String key = store.key().name();
        context.report(at.range(), "Role '" + role.role().name() + "' " + use + " " + store.description()
                + ", which is encrypted with KMS key '" + key + "', but neither its policies nor the key policy allow "
                + String.join(" and ", missing) + " on that key, so these requests will be denied. Allow "
                + String.join(" and ", missing) + " on !GetAtt " + key + ".Arn in the role's policy.");
    }

    private static Optional<ScalarNode> firstGranting(List<ScalarNode> actions, List<String> needed) {
        return actions.stream()
                .filter(action -> needed.stream().anyMatch(name -> IamActions.grants(action.value(), name)))
                .findFirst();
    }

    private static boolean lacks(RuleContext context, RolePermissions role, EncryptedStore store, String kmsAction) {
        return !role.mayAllow(kmsAction, store.key(), context.template())
                && !KeyGrants.keyPolicyMayAllow(store.key(), role.role(), kmsAction, context.template());
    }
}
