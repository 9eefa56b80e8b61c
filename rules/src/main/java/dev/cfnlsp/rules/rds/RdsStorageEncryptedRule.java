package dev.cfnlsp.rules.rds;

import dev.cfnlsp.edit.EditValue;
import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.support.ResourceProperty;
import dev.cfnlsp.rules.support.Values;

@RuleInfo(id = "rds-storage-encrypted", perResource = true,
        title = "RDS database storage is not encrypted", severity = Severity.WARNING,
        category = Category.SECURITY, errorInProduction = true, checkov = {"CKV_AWS_16", "CKV_AWS_96"}, cfnNag = "F26",
        guard = "RDS_STORAGE_ENCRYPTED")
public final class RdsStorageEncryptedRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (Database database : Database.in(context.template())) {
            if (database.clusterMember() || database.copiesExistingData() || encryptedAnyway(database)) {
                continue;
            }
            ResourceProperty encrypted = database.property("StorageEncrypted");
            if (encrypted.notEnabled()) {
                String state = encrypted.absent() ? "does not set StorageEncrypted" : "sets StorageEncrypted to false";
                context.report(encrypted.range(), database.kind() + " '" + database.resource().name() + "' " + state
                        + ", so its storage, automated backups, snapshots and replicas are written unencrypted. Encryption"
                        + " can only be chosen when the database is created; set StorageEncrypted: true now (with KmsKeyId"
                        + " for a customer managed key) rather than migrating through an encrypted snapshot copy later.",
                        RdsFixes.set(context, database, "StorageEncrypted", EditValue.bool(true)));
            }
        }
    }

    /**
     * Aurora Serverless v1 clusters are always encrypted; a cluster given a KMS key is judged unknown, since the API
     * has accepted the key alone as a request for encryption.
     */
    private static boolean encryptedAnyway(Database database) {
        return database.cluster() && (Values.literal(database.resource().property("EngineMode")).filter("serverless"::equals).isPresent()
                || !database.property("KmsKeyId").absent());
    }
}
