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
 * A literal zone in a template deployed to several regions: it exists in one of them at most. Zones that
 * region-invalid-az reports are left to it; with a single target region a literal zone is a choice, not a bug.
 * The fix picks the zone by its position among its region's zones ({@link ZoneIndexes}), so in that region it still
 * names the same zone; it is safe when every target region has a zone at that position. A later zone (us-east-1f
 * against a region of three zones) gets a position every target has, which moves it in its own region: offered, but
 * not applied unasked.
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
        int fewestZones = targets.stream().mapToInt(region -> context.schema().availabilityZones(region).size()).min().orElse(0);
        Set<ScalarNode> reported = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ZoneLiteral zone : context.shared(ZoneLiterals.class, ZoneLiterals::of).zones()) {
            if (zone.inResource() && !zone.conditional() && targets.contains(zone.region())
                    && context.schema().availabilityZones(zone.region()).contains(zone.zone()) && reported.add(zone.node())) {
                ZoneIndexes.Index index = ZoneFixes.index(context, zone);
                boolean safe = index.samePlace() && index.position() < fewestZones;
                context.report(context.template().valueRange(zone.node()), zone.zone() + " only exists in " + zone.region()
                        + "; the template also targets " + String.join(", ", targets.stream().filter(r -> !r.equals(zone.region())).toList())
                        + ", where this resource would fail. Pick the zone by position instead: !Select [N, !GetAZs ''].",
                        ZoneFixes.of(context, zone, safe).stream().toArray(Fix[]::new));
            }
        }
    }
}
