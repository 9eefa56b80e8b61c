package dev.cfnlsp.rules.s3;

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
import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleInfo(id = "s3-kms-encryption", title = "S3 bucket is not encrypted with a KMS key", severity = Severity.WARNING,
        category = Category.SECURITY, optIn = true, errorInProduction = true, guard = "S3_DEFAULT_ENCRYPTION_KMS",
        readsTypes = {"AWS::S3::Bucket", "AWS::KMS::Key"})
public final class S3KmsEncryptionRule implements Rule {
    private static final Set<String> KMS_ALGORITHMS = Set.of(Buckets.KMS, Buckets.KMS_DSSE);
    private static final String ENCRYPTION = "BucketEncryption";
    private static final String KEY_ID = "KMSMasterKeyID";
    private static final String BUCKET_KEY = "BucketKeyEnabled";

    @Override
    public void check(RuleContext context) {
        TemplateEdits edits = StorageFixes.edits(context);
        for (Resource bucket : Buckets.in(context.template())) {
            Optional<String> key = onlyKey(context.template(), bucket);
            if (bucket.property(ENCRYPTION).isEmpty()) {
                context.report(bucket.key().range(), "Bucket '" + bucket.name() + "' has no BucketEncryption, so S3 "
                        + "encrypts it with keys S3 manages itself. Set SSEAlgorithm aws:kms with a customer managed "
                        + "KMS key, whose key policy limits who can decrypt and whose use CloudTrail records.",
                        addEncryption(context, edits, bucket, key));
                continue;
            }
            for (MappingNode rule : Buckets.encryptionRules(bucket)) {
                for (ScalarNode algorithm : Buckets.algorithms(rule)) {
                    if (!KMS_ALGORITHMS.contains(algorithm.value())) {
                        context.report(algorithm.range(), "SSEAlgorithm " + algorithm.value() + " uses keys S3 "
                                + "manages itself; use aws:kms (or aws:kms:dsse) with a customer managed KMS key.",
                                switchToKms(context, edits, bucket, rule, algorithm, key));
                    }
                }
            }
        }
    }

    /** A BucketEncryption block with one aws:kms rule, using the template's only key when there is one. */
    private static Fix[] addEncryption(RuleContext context, TemplateEdits edits, Resource bucket, Optional<String> key) {
        EditValue.MappingBuilder byDefault = EditValue.map().put("SSEAlgorithm", Buckets.KMS);
        key.ifPresent(k -> byDefault.put(KEY_ID, EditValue.getAtt(k, "Arn")));
        EditValue encryption = EditValue.map().put("ServerSideEncryptionConfiguration", EditValue.list(EditValue.map()
                .put("ServerSideEncryptionByDefault", byDefault.build())
                .put(BUCKET_KEY, EditValue.bool(true)).build())).build();
        String title = "Add BucketEncryption to " + bucket.name() + ": aws:kms with "
                + key.map(k -> "KMS key " + k).orElse("the AWS managed key aws/s3") + " and BucketKeyEnabled: true";
        return StorageFixes.insertProperty(edits, bucket, ENCRYPTION, encryption)
                .map(edit -> StorageFixes.settingProperty(context, bucket, ENCRYPTION, title, edit))
                .stream().toArray(Fix[]::new);
    }

    /**
     * Replaces the algorithm in place and adds what the rule lacks for SSE-KMS: the template's only key (otherwise
     * S3 uses the AWS managed key) and a bucket key.
     */
    private static Fix[] switchToKms(RuleContext context, TemplateEdits edits, Resource bucket, MappingNode rule,
                                     ScalarNode algorithm, Optional<String> key) {
        List<TextEdit> changes = new ArrayList<>();
        changes.add(edits.replaceScalar(algorithm, Buckets.KMS));
        List<String> added = new ArrayList<>();
        Optional<MappingNode> byDefault = rule.mapping("ServerSideEncryptionByDefault");
        if (key.isPresent() && byDefault.isPresent() && byDefault.get().get(KEY_ID).isEmpty()) {
            StorageFixes.insertEntry(edits, byDefault.get(), KEY_ID, EditValue.getAtt(key.get(), "Arn")).ifPresent(edit -> {
                changes.add(edit);
                added.add(KEY_ID + " (" + key.get() + ")");
            });
        }
        if (rule.get(BUCKET_KEY).isEmpty()) {
            StorageFixes.insertEntry(edits, rule, BUCKET_KEY, EditValue.bool(true)).ifPresent(edit -> {
                changes.add(edit);
                added.add(BUCKET_KEY + ": true");
            });
        }
        String title = "Change SSEAlgorithm of " + bucket.name() + " from " + algorithm.value() + " to " + Buckets.KMS
                + (added.isEmpty() ? "" : " and add " + String.join(" and ", added));
        return new Fix[] {StorageFixes.settingProperty(context, bucket, ENCRYPTION, title,
                StorageFixes.merged(changes))};
    }

    /**
     * The logical id of the template's only KMS key, when that key can encrypt S3 objects (a symmetric encryption
     * key) and exists whenever the bucket does (no condition, or the bucket's).
     */
    private static Optional<String> onlyKey(Template template, Resource bucket) {
        List<Resource> keys = template.resources().stream().filter(r -> r.isOfType("AWS::KMS::Key")).toList();
        if (keys.size() != 1) {
            return Optional.empty();
        }
        Resource key = keys.get(0);
        boolean symmetric = isDefaultOr(key.property("KeySpec"), "SYMMETRIC_DEFAULT");
        boolean encrypts = isDefaultOr(key.property("KeyUsage"), "ENCRYPT_DECRYPT");
        Optional<TemplateNode> keyCondition = key.attribute("Condition");
        boolean sameLifetime = keyCondition.isEmpty() || keyCondition.get() instanceof ScalarNode condition
                && bucket.attribute("Condition").map(TemplateNode::scalarText).filter(condition.value()::equals).isPresent();
        return symmetric && encrypts && sameLifetime ? Optional.of(key.name()) : Optional.empty();
    }

    private static boolean isDefaultOr(Optional<TemplateNode> property, String value) {
        return property.isEmpty() || Values.literal(property).filter(value::equals).isPresent();
    }
}
