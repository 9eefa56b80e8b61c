package dev.cfnlsp.rules.region;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import java.util.List;

/**
 * A literal zone in a template deployed to several regions: it exists in one of them at most. Zones that
 * region-invalid-az reports are left to it; with a single target region a literal zone is a choice, not a bug.
 */
@RuleInfo(id = "region-hardcoded-az", title = "Availability Zone written into a multi-region template",
        severity = Severity.WARNING, category = Category.RELIABILITY, cfnLint = "W3010")
public final class HardcodedZoneRule implements Rule {

    @Override
    public void check(RuleContext context) {
        List<String> targets = context.settings().regions();
        if (targets.size() < 2) {
            return;
        }
        for (ZoneLiteral zone : context.shared(ZoneLiterals.class, ZoneLiterals::of).zones()) {
            if (zone.inResource() && !zone.conditional() && targets.contains(zone.region())
                    && context.schema().availabilityZones(zone.region()).contains(zone.zone())) {
                context.report(context.template().valueRange(zone.node()), zone.zone() + " only exists in " + zone.region()
                        + "; the template also targets " + String.join(", ", targets.stream().filter(r -> !r.equals(zone.region())).toList())
                        + ", where this resource would fail. Pick the zone by position instead: !Select [N, !GetAZs ''].");
            }
        }
    }
}
