package dev.cfnlsp.rules.rds;

import dev.cfnlsp.rules.support.ResourceProperty;
import dev.cfnlsp.rules.support.TypedResources;
import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.Template;
import java.util.List;
import java.util.Locale;

/** An RDS DB instance or DB cluster, with what decides which settings it owns and which it inherits. */
record Database(Resource resource, boolean cluster) {
    static final String INSTANCE = "AWS::RDS::DBInstance";
    static final String CLUSTER = "AWS::RDS::DBCluster";
    /** Properties that create a database from existing data, whose storage encryption it takes over. */
    private static final List<String> INSTANCE_SOURCES = List.of("DBSnapshotIdentifier", "DBClusterSnapshotIdentifier",
            "SourceDBInstanceIdentifier", "SourceDBClusterIdentifier", "SourceDBInstanceAutomatedBackupsArn", "SourceDbiResourceId");
    private static final List<String> CLUSTER_SOURCES = List.of("SnapshotIdentifier", "SourceDBClusterIdentifier",
            "ReplicationSourceIdentifier", "GlobalClusterIdentifier");
    private static final List<String> POINT_IN_TIME = List.of("RestoreTime", "UseLatestRestorableTime");

    static List<Database> in(Template template) {
        return TypedResources.of(template, INSTANCE, CLUSTER).stream()
                .map(r -> new Database(r, r.isOfType(CLUSTER)))
                .toList();
    }

    String kind() {
        return cluster ? "DB cluster" : "DB instance";
    }

    ResourceProperty property(String name) {
        return ResourceProperty.of(resource, name);
    }

    /** An Aurora instance: storage, backups and deletion protection are the cluster's, not its own. */
    boolean clusterMember() {
        return !cluster && (!property("DBClusterIdentifier").absent()
                || Values.literal(resource.property("Engine")).map(e -> e.toLowerCase(Locale.ROOT).startsWith("aurora")).orElse(false));
    }

    /** Restored from a snapshot or a point in time, or replicating another database. */
    boolean copiesExistingData() {
        return (cluster ? CLUSTER_SOURCES : INSTANCE_SOURCES).stream().anyMatch(p -> !property(p).absent());
    }

    /** A read replica: the source database holds the backups and the data that must not be lost. */
    boolean readReplica() {
        return !cluster && (!property("SourceDBInstanceIdentifier").absent() || !property("SourceDBClusterIdentifier").absent())
                && POINT_IN_TIME.stream().allMatch(p -> property(p).absent());
    }

    /** Whether it owns its backup, deletion and storage settings rather than inheriting them. */
    boolean ownsDataSettings() {
        return !clusterMember() && !readReplica();
    }
}
