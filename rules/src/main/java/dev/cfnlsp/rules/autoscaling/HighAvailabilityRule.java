package dev.cfnlsp.rules.autoscaling;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.SequenceNode;
import java.util.Optional;

@RuleInfo(id = "asg-high-availability", title = "Auto Scaling group can run on a single instance or zone",
        severity = Severity.WARNING, category = Category.RELIABILITY, errorInProduction = true)
public final class HighAvailabilityRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (Resource group : AutoScalingGroups.in(context.template())) {
            group.properties().ifPresent(properties -> check(context, group, properties));
        }
    }

    private static void check(RuleContext context, Resource group, MappingNode properties) {
        Optional<Long> minSize = Values.integer(properties.get("MinSize"));
        if (minSize.isPresent() && minSize.get() < 2 && properties.get("MinSize").get() instanceof ScalarNode value) {
            context.report(context.template().valueRange(value), "MinSize " + minSize.get() + " lets group '" + group.name()
                    + "' shrink to " + (minSize.get() == 1 ? "one instance" : "no instances") + ", so a single failure or"
                    + " zone outage takes the service down. Keep at least 2 instances, spread over two or more zones.");
        }
        singleItem(properties, "VPCZoneIdentifier").ifPresent(key -> context.report(key.range(), "Group '" + group.name()
                + "' launches into one subnet, so all its instances share one Availability Zone. List subnets in at"
                + " least two zones."));
        singleItem(properties, "AvailabilityZones").ifPresent(key -> context.report(key.range(), "Group '" + group.name()
                + "' uses one Availability Zone; an outage there stops every instance. List at least two zones, e.g."
                + " with !GetAZs."));
    }

    private static Optional<ScalarNode> singleItem(MappingNode properties, String name) {
        return properties.entry(name)
                .filter(entry -> entry.value() instanceof SequenceNode list && list.items().size() == 1)
                .map(MappingEntry::key);
    }
}
