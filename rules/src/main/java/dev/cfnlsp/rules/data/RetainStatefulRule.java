package dev.cfnlsp.rules.data;

import dev.cfnlsp.edit.EditValue;
import dev.cfnlsp.edit.TemplateEdits;
import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rule.TextEdit;
import dev.cfnlsp.rules.StorageFixes;
import dev.cfnlsp.schema.SchemaBundle;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@RuleInfo(id = "retain-stateful", perResource = true,
        title = "Stateful resource is deleted with its stack", severity = Severity.WARNING,
        category = Category.RELIABILITY, errorInProduction = true, cfnLint = "I3011")
public final class RetainStatefulRule implements Rule {
    /** Checked even if the bundle's list of stateful types should ever lose them. */
    private static final Set<String> ALWAYS_STATEFUL = Set.of(
            "AWS::S3::Bucket", "AWS::RDS::DBInstance", "AWS::RDS::DBCluster", "AWS::DynamoDB::Table",
            "AWS::DynamoDB::GlobalTable", "AWS::EFS::FileSystem", "AWS::KMS::Key", "AWS::Logs::LogGroup");
    /** A nested stack's data lives in its own resources, which carry their own policies. */
    private static final Set<String> NOT_CHECKED = Set.of("AWS::CloudFormation::Stack");
    /** Instances that belong to a cluster keep no data of their own: the cluster does. */
    private static final Set<String> CLUSTER_MEMBERS = Set.of(
            "AWS::RDS::DBInstance", "AWS::DocDB::DBInstance", "AWS::Neptune::DBInstance");

    @Override
    public void check(RuleContext context) {
        for (Resource resource : context.template().resources()) {
            Optional<String> type = resource.type();
            if (type.isPresent() && isChecked(context.schema(), resource, type.get())) {
                check(context, resource, type.get());
            }
        }
    }

    private static boolean isChecked(SchemaBundle schema, Resource resource, String type) {
        boolean stateful = ALWAYS_STATEFUL.contains(type) || schema.isStateful(type);
        boolean clusterMember = CLUSTER_MEMBERS.contains(type) && resource.property("DBClusterIdentifier").isPresent();
        return stateful && !clusterMember && !NOT_CHECKED.contains(type);
    }

    private static void check(RuleContext context, Resource resource, String type) {
        List<String> missing = new ArrayList<>();
        for (String attribute : List.of(RetentionPolicies.DELETION, RetentionPolicies.UPDATE_REPLACE)) {
            Optional<TemplateNode> value = resource.attribute(attribute);
            if (value.isEmpty()) {
                if (!(attribute.equals(RetentionPolicies.DELETION) && RetentionPolicies.keptWithoutDeletionPolicy(type))) {
                    missing.add(attribute);
                }
            } else if (value.get() instanceof ScalarNode written && !written.isNull()
                    && !RetentionPolicies.keepsData(attribute, type, written.value())) {
                context.report(written.range(), wrongValue(attribute, type, written.value()),
                        replacements(context, resource, type, attribute, written));
            }
        }
        if (!missing.isEmpty()) {
            context.report(resource.key().range(), "'" + resource.name() + "' (" + type + ") holds data but has no "
                    + String.join(" or ", missing) + ": when " + when(missing) + ", CloudFormation " + consequence(type)
                    + ". Set " + String.join(" and ", missing) + " to " + RetentionPolicies.advice(type) + ".",
                    additions(context, resource, type, missing));
        }
    }

    /** Retain (preferred, safe) and, where CloudFormation can snapshot the type, Snapshot (when asked). */
    private static Fix[] replacements(RuleContext context, Resource resource, String type, String attribute, ScalarNode written) {
        TemplateEdits edits = StorageFixes.edits(context);
        List<Fix> fixes = new ArrayList<>();
        fixes.add(Fix.safe("Set " + attribute + " of " + resource.name() + " to " + RetentionPolicies.RETAIN,
                edits.replaceScalar(written, RetentionPolicies.RETAIN)));
        if (RetentionPolicies.supportsSnapshot(type)) {
            fixes.add(Fix.alternative("Set " + attribute + " of " + resource.name() + " to " + RetentionPolicies.SNAPSHOT,
                    edits.replaceScalar(written, RetentionPolicies.SNAPSHOT)));
        }
        return fixes.toArray(Fix[]::new);
    }

    /**
     * The missing attributes, after Type (or UpdateReplacePolicy after DeletionPolicy), with Retain or Snapshot. A type
     * CloudFormation keeps without a DeletionPolicy gets its default written out as well, since a resource with only
     * one of the two attributes reads as an oversight (cfn-lint W3011).
     */
    private static Fix[] additions(RuleContext context, Resource resource, String type, List<String> missing) {
        Map<String, String> retain = new LinkedHashMap<>();
        Map<String, String> snapshot = new LinkedHashMap<>();
        if (!missing.contains(RetentionPolicies.DELETION) && resource.attribute(RetentionPolicies.DELETION).isEmpty()) {
            retain.put(RetentionPolicies.DELETION, RetentionPolicies.defaultDeletionPolicy(type));
            snapshot.put(RetentionPolicies.DELETION, RetentionPolicies.defaultDeletionPolicy(type));
        }
        for (String attribute : missing) {
            retain.put(attribute, RetentionPolicies.RETAIN);
            snapshot.put(attribute, RetentionPolicies.SNAPSHOT);
        }
        List<Fix> fixes = new ArrayList<>();
        addition(context, resource, retain).ifPresent(edits -> fixes.add(Fix.safe(additionTitle(resource, retain, missing), edits)));
        if (RetentionPolicies.supportsSnapshot(type)) {
            addition(context, resource, snapshot).ifPresent(edits -> fixes.add(Fix.alternative(
                    additionTitle(resource, snapshot, missing), edits)));
        }
        return fixes.toArray(Fix[]::new);
    }

    private static Optional<TextEdit[]> addition(RuleContext context, Resource resource, Map<String, String> values) {
        TemplateEdits edits = StorageFixes.edits(context);
        Optional<MappingNode> body = resource.body();
        if (body.isEmpty() || body.get().entry("Type").filter(type -> type.value() instanceof ScalarNode).isEmpty()) {
            return Optional.empty();
        }
        List<TextEdit> inserts = new ArrayList<>();
        values.forEach((attribute, value) -> {
            boolean afterDeletionPolicy = attribute.equals(RetentionPolicies.UPDATE_REPLACE)
                    && !values.containsKey(RetentionPolicies.DELETION)
                    && body.get().get(RetentionPolicies.DELETION).filter(ScalarNode.class::isInstance).isPresent();
            inserts.add(afterDeletionPolicy
                    ? edits.insertEntryAfter(body.get(), RetentionPolicies.DELETION, attribute, EditValue.text(value))
                    : edits.insertAttribute(resource, attribute, EditValue.text(value)));
        });
        return Optional.of(StorageFixes.merged(inserts));
    }

    /** "Add DeletionPolicy: Snapshot (the default) and UpdateReplacePolicy: Retain to Db". */
    private static String additionTitle(Resource resource, Map<String, String> values, List<String> missing) {
        return "Add " + values.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue() + (missing.contains(e.getKey()) ? "" : " (the default)"))
                .reduce((a, b) -> a + " and " + b).orElseThrow()
                + " to " + resource.name();
    }

    private static String consequence(String type) {
        return RetentionPolicies.deletedOnlyWhenEmpty(type)
                ? "deletes it if it is empty and otherwise fails the operation"
                : "deletes it and the data in it";
    }

    private static String when(List<String> missing) {
        if (missing.size() == 2) {
            return "the resource leaves the stack or is replaced";
        }
        return missing.get(0).equals(RetentionPolicies.DELETION) ? "the resource leaves the stack" : "an update replaces it";
    }

    private static String wrongValue(String attribute, String type, String value) {
        if (value.equals(RetentionPolicies.SNAPSHOT)) {
            return "CloudFormation cannot snapshot " + type + "; use " + attribute + ": Retain to keep its data.";
        }
        if (value.equals("Delete")) {
            String what = RetentionPolicies.deletedOnlyWhenEmpty(type) ? "this resource" : "this resource and its data";
            String when = attribute.equals(RetentionPolicies.DELETION) ? "it leaves the stack" : "an update replaces it";
            return attribute + " Delete removes " + what + " when " + when + ". Production stacks should use "
                    + RetentionPolicies.advice(type) + "; if losing the data is intended here, suppress retain-stateful "
                    + "for this resource.";
        }
        return attribute + " " + value + " does not keep this resource's data; use " + RetentionPolicies.advice(type) + ".";
    }
}
