package dev.cfnlsp.rules.rds;

import dev.cfnlsp.edit.EditValue;
import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.support.ResourceProperty;

@RuleInfo(id = "rds-public", perResource = true, title = "RDS database is reachable from the internet", severity = Severity.ERROR,
        category = Category.SECURITY, checkov = "CKV_AWS_17", cfnNag = "F22")
public final class RdsPublicRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (Database database : Database.in(context.template())) {
            ResourceProperty publiclyAccessible = database.property("PubliclyAccessible");
            if (publiclyAccessible.literallyTrue()) {
                context.report(publiclyAccessible.range(), database.kind() + " '" + database.resource().name()
                        + "' is publicly accessible: it gets an address that resolves from the internet, leaving its"
                        + " security groups as the only barrier in front of the database port. Set PubliclyAccessible"
                        + " to false and connect from inside the VPC, through a VPN or a bastion.",
                        RdsFixes.set(context, database, "PubliclyAccessible", EditValue.bool(false)));
            }
        }
    }
}
