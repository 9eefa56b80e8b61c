package dev.cfnlsp.rules.data;

import java.util.Set;

/** What CloudFormation accepts and does for each resource type's DeletionPolicy and UpdateReplacePolicy. */
final class RetentionPolicies {
    static final String DELETION = "DeletionPolicy";
    static final String UPDATE_REPLACE = "UpdateReplacePolicy";
    static final String RETAIN = "Retain";
    static final String SNAPSHOT = "Snapshot";
    static final String RETAIN_EXCEPT_ON_CREATE = "RetainExceptOnCreate";

    /** The types CloudFormation can snapshot before it deletes or replaces them. */
    private static final Set<String> SNAPSHOT_TYPES = Set.of(
            "AWS::DocDB::DBCluster", "AWS::EC2::Volume", "AWS::ElastiCache::CacheCluster",
            "AWS::ElastiCache::ReplicationGroup", "AWS::Neptune::DBCluster", "AWS::RDS::DBCluster",
            "AWS::RDS::DBInstance", "AWS::Redshift::Cluster");
    /**
     * Without a DeletionPolicy CloudFormation already keeps these: it snapshots RDS clusters and instances (instances
     * only outside a cluster, see below) and retains organization accounts.
     */
    private static final Set<String> KEPT_BY_DEFAULT = Set.of(
            "AWS::RDS::DBCluster", "AWS::RDS::DBInstance", "AWS::Organizations::Account");
    /** CloudFormation cannot delete these while they hold data; deleting the stack fails instead. */
    private static final Set<String> DELETED_ONLY_WHEN_EMPTY = Set.of("AWS::S3::Bucket");

    private RetentionPolicies() {
    }

    static boolean supportsSnapshot(String type) {
        return SNAPSHOT_TYPES.contains(type);
    }

    /** Callers have already set aside instances with a DBClusterIdentifier, the ones without a default snapshot. */
    static boolean keptWithoutDeletionPolicy(String type) {
        return KEPT_BY_DEFAULT.contains(type);
    }

    /** What CloudFormation does without a DeletionPolicy for the types {@link #keptWithoutDeletionPolicy} lists. */
    static String defaultDeletionPolicy(String type) {
        return type.equals("AWS::Organizations::Account") ? RETAIN : SNAPSHOT;
    }

    static boolean deletedOnlyWhenEmpty(String type) {
        return DELETED_ONLY_WHEN_EMPTY.contains(type);
    }

    static boolean keepsData(String attribute, String type, String value) {
        return value.equals(RETAIN)
                || value.equals(SNAPSHOT) && supportsSnapshot(type)
                || value.equals(RETAIN_EXCEPT_ON_CREATE) && attribute.equals(DELETION);
    }

    /** The values to suggest for a type. */
    static String advice(String type) {
        return supportsSnapshot(type) ? "Retain or Snapshot" : "Retain";
    }
}
