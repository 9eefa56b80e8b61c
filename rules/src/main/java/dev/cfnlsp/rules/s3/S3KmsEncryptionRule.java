package dev.cfnlsp.rules.s3;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import java.util.Set;

@RuleInfo(id = "s3-kms-encryption", title = "S3 bucket is not encrypted with a KMS key", severity = Severity.WARNING,
        category = Category.SECURITY, optIn = true, errorInProduction = true, guard = "S3_DEFAULT_ENCRYPTION_KMS")
public final class S3KmsEncryptionRule implements Rule {
    private static final Set<String> KMS_ALGORITHMS = Set.of(Buckets.KMS, Buckets.KMS_DSSE);

    @Override
    public void check(RuleContext context) {
        for (Resource bucket : Buckets.in(context.template())) {
            if (bucket.property("BucketEncryption").isEmpty()) {
                context.report(bucket.key().range(), "Bucket '" + bucket.name() + "' has no BucketEncryption, so S3 "
                        + "encrypts it with keys S3 manages itself. Set SSEAlgorithm aws:kms with a customer managed "
                        + "KMS key, whose key policy limits who can decrypt and whose use CloudTrail records.");
                continue;
            }
            for (MappingNode rule : Buckets.encryptionRules(bucket)) {
                for (ScalarNode algorithm : Buckets.algorithms(rule)) {
                    if (!KMS_ALGORITHMS.contains(algorithm.value())) {
                        context.report(algorithm.range(), "SSEAlgorithm " + algorithm.value() + " uses keys S3 "
                                + "manages itself; use aws:kms (or aws:kms:dsse) with a customer managed KMS key.");
                    }
                }
            }
        }
    }
}
