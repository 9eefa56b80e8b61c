package dev.cfnlsp.rules.rds;

import dev.cfnlsp.edit.EditValue;
import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.support.ResourceProperty;

@RuleInfo(id = "rds-deletion-protection", perResource = true, title = "RDS database can be deleted without a safeguard",
        severity = Severity.WARNING, category = Category.RELIABILITY, errorInProduction = true,
        guard = "RDS_INSTANCE_DELETION_PROTECTION_ENABLED")
public final class RdsDeletionProtectionRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (Database database : Database.in(context.template())) {
            if (!database.ownsDataSettings()) {
                continue;
            }
            ResourceProperty protection = database.property("DeletionProtection");
            if (protection.notEnabled()) {
                String state = protection.absent() ? "does not turn on DeletionProtection" : "sets DeletionProtection to false";
                context.report(protection.range(), database.kind() + " '" + database.resource().name() + "' " + state
                        + ", so one mistaken console click, CLI call or stack change that replaces it deletes the"
                        + " database. Set DeletionProtection: true; it must then be switched off deliberately first.",
                        RdsFixes.set(context, database, "DeletionProtection", EditValue.bool(true)));
            }
        }
    }
}
