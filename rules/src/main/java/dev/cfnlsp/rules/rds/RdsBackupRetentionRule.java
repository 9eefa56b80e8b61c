package dev.cfnlsp.rules.rds;

import dev.cfnlsp.edit.EditValue;
import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.support.ResourceProperty;
import dev.cfnlsp.rules.support.Values;
import java.util.Optional;

@RuleInfo(id = "rds-backup-retention", perResource = true,
        title = "RDS automated backups kept for less than a week", severity = Severity.WARNING,
        category = Category.RELIABILITY, errorInProduction = true, guard = "DB_INSTANCE_BACKUP_ENABLED")
public final class RdsBackupRetentionRule implements Rule {
    static final int MINIMUM_DAYS = 7;
    private static final String ADVICE = " Set BackupRetentionPeriod to at least " + MINIMUM_DAYS
            + " so a problem noticed days later can still be rolled back to a point in time before it.";

    @Override
    public void check(RuleContext context) {
        for (Database database : Database.in(context.template())) {
            if (!database.ownsDataSettings()) {
                continue;
            }
            ResourceProperty retention = database.property("BackupRetentionPeriod");
            String name = database.kind() + " '" + database.resource().name() + "'";
            if (retention.absent()) {
                context.report(retention.range(), name + " does not set BackupRetentionPeriod, so RDS keeps automated"
                        + " backups for the default of 1 day." + ADVICE, fix(context, database));
                continue;
            }
            Optional<Long> days = Values.integer(retention.value());
            if (days.filter(d -> d == 0).isPresent()) {
                context.report(retention.range(), name + " has BackupRetentionPeriod 0, which turns automated backups"
                        + " and point-in-time recovery off." + ADVICE, fix(context, database));
            } else if (days.filter(d -> d > 0 && d < MINIMUM_DAYS).isPresent()) {
                context.report(retention.range(), name + " keeps automated backups for only " + days.get()
                        + (days.get() == 1 ? " day." : " days.") + ADVICE, fix(context, database));
            }
        }
    }

    private static Fix[] fix(RuleContext context, Database database) {
        return RdsFixes.set(context, database, "BackupRetentionPeriod", EditValue.number(MINIMUM_DAYS));
    }
}
