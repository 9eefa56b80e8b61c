package dev.cfnlsp.rules.rds;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.support.ResourceProperty;

@RuleInfo(id = "rds-subnet-group", perResource = true,
        title = "RDS database placed in the default VPC", severity = Severity.WARNING,
        category = Category.SECURITY, errorInProduction = true)
public final class RdsSubnetGroupRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (Database database : Database.in(context.template())) {
            // Aurora instances take their cluster's group; replicas are placed with their source.
            if (database.clusterMember() || database.readReplica()) {
                continue;
            }
            ResourceProperty subnetGroup = database.property("DBSubnetGroupName");
            if (subnetGroup.absent()) {
                context.report(subnetGroup.range(), database.kind() + " '" + database.resource().name() + "' names no"
                        + " DBSubnetGroupName, so RDS puts it in the region's default VPC, whose subnets are all public"
                        + " and shared with whatever else lands there. Declare an AWS::RDS::DBSubnetGroup over private"
                        + " subnets of your VPC and set DBSubnetGroupName to it.");
            }
        }
    }
}
