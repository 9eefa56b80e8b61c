package dev.cfnlsp.rules;

import dev.cfnlsp.rule.Rule;
import java.util.List;

/** The production-readiness rules about S3 buckets, data retention, KMS keys and secrets. */
public final class StorageRules {
    private StorageRules() {
    }

    public static List<Rule> all() {
        return List.of();
    }
}
