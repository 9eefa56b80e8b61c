package dev.cfnlsp.rules.region;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.template.ScalarNode;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A zone that does not exist in its region, and a zone of a region the template is not deployed to. The second is
 * only reported in resources that always exist: a mapping row or a conditional value may be meant for elsewhere.
 * A zone in a resource is fixed by picking a zone by position ({@link ZoneFixes}); that is a guess at which zone was
 * meant, so it is offered but never applied unasked.
 */
@RuleInfo(id = "region-invalid-az", perResource = true, title = "Availability Zone that a target region does not have",
        severity = Severity.ERROR, category = Category.RELIABILITY)
public final class InvalidZoneRule implements Rule {

    @Override
    public void check(RuleContext context) {
        List<String> targets = context.settings().regions();
        Set<ScalarNode> reported = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ZoneLiteral zone : context.shared(ZoneLiterals.class, ZoneLiterals::of).zones()) {
            if (reported.contains(zone.node())) {
                continue; // an aliased literal is one value
            }
            List<String> existing = context.schema().availabilityZones(zone.region());
            boolean certain = zone.inResource() && !zone.conditional();
            if (!existing.contains(zone.zone()) && (targets.contains(zone.region()) || certain)) {
                reported.add(zone.node());
                context.report(context.template().valueRange(zone.node()), "There is no Availability Zone " + zone.zone()
                        + ": " + zone.region() + " has " + String.join(", ", existing) + ". CloudFormation rejects the"
                        + " resource; pick an existing zone, or better !Select [N, !GetAZs ''].", fixes(context, zone));
            } else if (existing.contains(zone.zone()) && certain && !targets.contains(zone.region())) {
                reported.add(zone.node());
                context.report(context.template().valueRange(zone.node()), zone.zone() + " is a zone of " + zone.region()
                        + ", but the template is deployed to " + String.join(", ", targets) + ", where it does not exist."
                        + " Use !Select [N, !GetAZs ''], or add " + zone.region() + " to the target regions if that is"
                        + " where the stack runs.", fixes(context, zone));
            }
        }
    }

    private static Fix[] fixes(RuleContext context, ZoneLiteral zone) {
        return ZoneFixes.of(context, zone, false).stream().toArray(Fix[]::new);
    }
}
