package dev.cfnlsp.rules.iam;

import dev.cfnlsp.edit.EditValue;
import dev.cfnlsp.edit.TemplateEdits;
import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.support.CollectionEdits;
import dev.cfnlsp.rules.support.PolicyStatement;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.TemplateNode;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A role that reads or writes an S3 bucket's objects or a secret which the template encrypts with its own KMS key,
 * while neither the role's policies nor the key policy may allow the KMS call that access needs. Only statements that
 * name the bucket or secret count as using it; a role whose policies the template cannot fully see is left alone.
 * The fix (safe) allows the missing actions on the key in a statement right after the one that uses the data.
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
                + String.join(" and ", missing) + " on !GetAtt " + key + ".Arn in the role's policy.",
                fix(context, statement, store.key(), missing).stream().toArray(Fix[]::new));
    }

    /**
     * Adds {@code Effect: Allow, Action: <missing>, Resource: !GetAtt Key.Arn} right after the statement that uses the
     * data, in the same policy document. None when the document's statements are not a list written in place, or when
     * the policy may not refer to the key (the key depends on it, or exists under another condition).
     */
    private static Optional<Fix> fix(RuleContext context, PolicyStatement statement, Resource key, List<String> missing) {
        Dependencies dependencies = context.shared(Dependencies.class, c -> Dependencies.of(c.template()));
        if (!dependencies.mayRefer(statement.owner(), key.name())) {
            return Optional.empty();
        }
        Optional<SequenceNode> statements = document(statement).flatMap(d -> d.entry("Statement"))
                .filter(CollectionEdits::writtenInPlace).map(MappingEntry::value)
                .filter(SequenceNode.class::isInstance).map(SequenceNode.class::cast);
        int index = statements.map(list -> CollectionEdits.indexOf(list.items(), statement.statement())).orElse(-1);
        if (index < 0) {
            return Optional.empty();
        }
        TemplateEdits edits = context.shared(TemplateEdits.class, c -> TemplateEdits.of(c.template()));
        EditValue added = ScopedPolicy.statement(missing, List.of(EditValue.getAtt(key.name(), "Arn")));
        String policy = statement.documentPath().startsWith("Policies[") ? "'s inline policy" : " policy '" + statement.owner().name() + "'";
        String holder = statement.documentPath().startsWith("Policies[") ? statement.owner().name() + policy : "the" + policy;
        return Optional.of(Fix.safe("Allow " + String.join(" and ", missing) + " on KMS key " + key.name() + " (!GetAtt "
                + key.name() + ".Arn) in " + holder,
                CollectionEdits.of(context.template(), edits).insertItemsAfter(statements.get(), index, List.of(added))));
    }

    /** The policy document a statement was read from: {@code PolicyDocument} or {@code Policies[i].PolicyDocument}. */
    private static Optional<MappingNode> document(PolicyStatement statement) {
        String path = statement.documentPath();
        Optional<TemplateNode> document;
        if (path.startsWith("Policies[")) {
            int index = Integer.parseInt(path.substring("Policies[".length(), path.indexOf(']')));
            document = statement.owner().property("Policies").filter(SequenceNode.class::isInstance)
                    .map(p -> ((SequenceNode) p).items()).filter(items -> index < items.size()).map(items -> items.get(index))
                    .filter(MappingNode.class::isInstance).flatMap(p -> ((MappingNode) p).get("PolicyDocument"));
        } else {
            document = statement.owner().property(path);
        }
        return document.filter(MappingNode.class::isInstance).map(MappingNode.class::cast);
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
