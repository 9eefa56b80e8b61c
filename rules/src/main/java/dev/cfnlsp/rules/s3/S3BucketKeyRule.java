package dev.cfnlsp.rules.s3;

import dev.cfnlsp.edit.EditValue;
import dev.cfnlsp.edit.TemplateEdits;
import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.StorageFixes;
import dev.cfnlsp.rules.support.Flags;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.TemplateNode;
import java.util.Optional;

@RuleInfo(id = "s3-bucket-key", perResource = true,
        title = "SSE-KMS bucket without an S3 Bucket Key", severity = Severity.WARNING,
        category = Category.OPERATIONS)
public final class S3BucketKeyRule implements Rule {

    @Override
    public void check(RuleContext context) {
        TemplateEdits edits = StorageFixes.edits(context);
        for (Resource bucket : Buckets.in(context.template())) {
            for (MappingNode rule : Buckets.encryptionRules(bucket)) {
                Optional<ScalarNode> kms = Buckets.algorithms(rule).stream()
                        .filter(algorithm -> algorithm.value().equals(Buckets.KMS)).findFirst();
                if (kms.isEmpty()) {
                    continue;
                }
                Optional<TemplateNode> enabled = rule.get("BucketKeyEnabled");
                if (enabled.isEmpty()) {
                    Fix[] fixes = StorageFixes.insertEntry(edits, rule, "BucketKeyEnabled", EditValue.bool(true))
                            .map(edit -> StorageFixes.settingProperty(context, bucket, "BucketEncryption",
                                    "Add BucketKeyEnabled: true to the aws:kms encryption rule of " + bucket.name(), edit))
                            .stream().toArray(Fix[]::new);
                    context.report(kms.get().range(), "This SSE-KMS rule does not set BucketKeyEnabled: true, so S3 "
                            + "calls KMS for every object it encrypts or decrypts. Add BucketKeyEnabled: true to the "
                            + "rule; a bucket-level key cuts those KMS requests and their cost.", fixes);
                }
                for (TemplateNode value : Flags.writtenFalse(enabled)) {
                    context.report(value.range(), "BucketKeyEnabled is false, so S3 calls KMS for every object it "
                            + "encrypts or decrypts; set it to true to cut those requests and their cost.",
                            StorageFixes.settingProperty(context, bucket, "BucketEncryption",
                                    "Set BucketKeyEnabled to true in the aws:kms encryption rule of " + bucket.name(),
                                    edits.replaceScalar((ScalarNode) value, "true")));
                }
            }
        }
    }
}
