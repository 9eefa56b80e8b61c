package dev.cfnlsp.rules;

import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rules.data.RetainStatefulRule;
import dev.cfnlsp.rules.kms.KmsKeyRotationRule;
import dev.cfnlsp.rules.s3.S3BucketKeyRule;
import dev.cfnlsp.rules.s3.S3HttpsOnlyRule;
import dev.cfnlsp.rules.s3.S3KmsEncryptionRule;
import dev.cfnlsp.rules.s3.S3PublicAccessBlockRule;
import dev.cfnlsp.rules.s3.S3PublicAclRule;
import dev.cfnlsp.rules.secrets.HardcodedSecretRule;
import dev.cfnlsp.rules.secrets.SecretPasswordLengthRule;
import java.util.List;

/** The production-readiness rules about S3 buckets, data retention, KMS keys and secrets. */
public final class StorageRules {
    private StorageRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new S3PublicAclRule(), new S3PublicAccessBlockRule(), new S3KmsEncryptionRule(), new S3BucketKeyRule(),
                new S3HttpsOnlyRule(), new RetainStatefulRule(), new KmsKeyRotationRule(),
                new SecretPasswordLengthRule(), new HardcodedSecretRule());
    }
}
