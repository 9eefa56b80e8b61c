package dev.cfnlsp.rules.region;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import java.util.List;

/**
 * A zone that does not exist in its region, and a zone of a region the template is not deployed to. The second is
 * only reported in resources that always exist: a mapping row or a conditional value may be meant for elsewhere.
 */
@RuleInfo(id = "region-invalid-az", title = "Availability Zone that a target region does not have",
        severity = Severity.ERROR, category = Category.RELIABILITY)
public final class InvalidZoneRule implements Rule {

    @Override
    public void check(RuleContext context) {
        List<String> targets = context.settings().regions();
        for (ZoneLiteral zone : context.shared(ZoneLiterals.class, ZoneLiterals::of).zones()) {
            List<String> existing = context.schema().availabilityZones(zone.region());
            boolean certain = zone.inResource() && !zone.conditional();
            if (!existing.contains(zone.zone()) && (targets.contains(zone.region()) || certain)) {
                context.report(context.template().valueRange(zone.node()), "There is no Availability Zone " + zone.zone()
                        + ": " + zone.region() + " has " + String.join(", ", existing) + ". CloudFormation rejects the"
                        + " resource; pick an existing zone, or better !Select [N, !GetAZs ''].");
            } else if (existing.contains(zone.zone()) && certain && !targets.contains(zone.region())) {
                context.report(context.template().valueRange(zone.node()), zone.zone() + " is a zone of " + zone.region()
                        + ", but the template is deployed to " + String.join(", ", targets) + ", where it does not exist."
                        + " Use !Select [N, !GetAZs ''], or add " + zone.region() + " to the target regions if that is"
                        + " where the stack runs.");
            }
        }
    }
}
