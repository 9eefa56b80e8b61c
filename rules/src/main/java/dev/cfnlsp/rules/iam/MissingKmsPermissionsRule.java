package dev.cfnlsp.rules.iam;

import dev.cfnlsp.edit.EditValue;
import dev.cfnlsp.edit.TemplateEdits;
import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rule.TextEdit;
import dev.cfnlsp.rules.support.CollectionEdits;
import dev.cfnlsp.rules.support.PolicyStatement;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A role that reads or writes an S3 bucket's objects or a secret which the template encrypts with its own KMS key,
 * while neither the role's policies nor the key policy may allow the KMS call that access needs. Only statements that
 * name the bucket or secret count as using it; a role whose policies the template cannot fully see is left alone.
 * The fix (safe) allows the missing actions on the key in a statement right after the one that uses the data.
 */
@RuleInfo(id = "iam-missing-kms-permissions", title = "Role uses KMS-encrypted data without permission to use the key",
        severity = Severity.WARNING, category = Category.RELIABILITY, errorInProduction = true)
public final class MissingKmsPermissionsRule implements Rule {

    /** A finding before its fix is known: the fix depends on the other findings of the same role and key. */
    private record Pending(ScalarNode at, String message, RolePermissions role, PolicyStatement statement,
                           Resource key, List<String> missing) {
        String group() {
            return role.role().name() + "\u0000" + key.name();
        }
    }

    @Override
    public void check(RuleContext context) {
        Template template = context.template();
        List<EncryptedStore> stores = EncryptedStore.in(template);
        if (stores.isEmpty()) {
            return;
        }
        List<Pending> pending = new ArrayList<>();
        for (RolePermissions role : RolePermissions.in(template)) {
            for (PolicyStatement statement : role.attached()) {
                if (!statement.allows()) {
                    continue;
                }
                for (EncryptedStore store : stores) {
                    boolean named = PolicyValues.items(statement.statement().get("Resource")).stream().anyMatch(store::isNamedBy);
                    if (named) {
                        checkAccess(context, role, statement, store).ifPresent(pending::add);
                    }
                }
            }
        }
        Map<String, List<Pending>> groups = new LinkedHashMap<>();
        pending.forEach(p -> groups.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(p));
        for (List<Pending> group : groups.values()) {
            List<String> missing = Stream.of(EncryptedStore.DECRYPT, EncryptedStore.GENERATE_DATA_KEY)
                    .filter(action -> group.stream().anyMatch(p -> p.missing().contains(action))).toList();
            Optional<Fix> fix = fix(context, group.stream().map(Pending::statement).toList(), group.get(0).key(), missing);
            group.forEach(p -> context.report(p.at().range(), p.message(), fix.stream().toArray(Fix[]::new)));
        }
    }

    private static Optional<Pending> checkAccess(RuleContext context, RolePermissions role, PolicyStatement statement,
                                                 EncryptedStore store) {
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
            return Optional.empty();
        }
        ScalarNode at = read.filter(r -> missing.contains(EncryptedStore.DECRYPT)).orElseGet(write::orElseThrow);
        String use = read.isPresent() && write.isPresent() ? "reads and writes" : read.isPresent() ? "reads" : "writes";
        String key = store.key().name();
        return Optional.of(new Pending(at, "Role '" + role.role().name() + "' " + use + " " + store.description()
                + ", which is encrypted with KMS key '" + key + "', but neither its policies nor the key policy allow "
                + String.join(" and ", missing) + " on that key, so these requests will be denied. Allow "
                + String.join(" and ", missing) + " on !GetAtt " + key + ".Arn in the role's policy.",
                role, statement, store.key(), missing));
    }

    /**
     * Adds {@code Effect: Allow, Action: <missing>, Resource: !GetAtt Key.Arn} to the policy document of the role's
     * first statement that needs the key, right after the last such statement in it. Every finding of the same role
     * and key gets this same fix, with all the actions they need, so fix-all adds one statement per role and key.
     * None when the document's statements are not a list written in place, or when the policy may not refer to the
     * key (the key depends on it, or exists under another condition).
     */
    private static Optional<Fix> fix(RuleContext context, List<PolicyStatement> users, Resource key, List<String> missing) {
        PolicyStatement statement = users.get(0);
        Dependencies dependencies = context.shared(Dependencies.class, c -> Dependencies.of(c.template()));
        if (!dependencies.mayRefer(statement.owner(), key.name())) {
            return Optional.empty();
        }
        Optional<SequenceNode> statements = document(statement).flatMap(d -> d.entry("Statement"))
                .filter(CollectionEdits::writtenInPlace).map(MappingEntry::value)
                .filter(SequenceNode.class::isInstance).map(SequenceNode.class::cast);
        int index = statements.map(list -> users.stream().mapToInt(u -> CollectionEdits.indexOf(list.items(), u.statement()))
                .max().orElse(-1)).orElse(-1);
        if (index < 0 || !CollectionEdits.writtenInPlace(statements.get(), statements.get().items().get(index))) {
            return Optional.empty();
        }
        TemplateEdits edits = context.shared(TemplateEdits.class, c -> TemplateEdits.of(c.template()));
        EditValue added = ScopedPolicy.statement(missing, List.of(EditValue.getAtt(key.name(), "Arn")));
        String policy = statement.documentPath().startsWith("Policies[") ? "'s inline policy" : " policy '" + statement.owner().name() + "'";
        String holder = statement.documentPath().startsWith("Policies[") ? statement.owner().name() + policy : "the" + policy;
        TextEdit edit = CollectionEdits.of(context.template(), edits).insertItemsAfter(statements.get(), index, List.of(added));
        if (!CollectionEdits.of(context.template(), edits).keepsWellFormed(List.of(edit))) {
            return Optional.empty();
        }
        return Optional.of(Fix.safe("Allow " + String.join(" and ", missing) + " on KMS key " + key.name() + " (!GetAtt "
                + key.name() + ".Arn) in " + holder, edit));
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
