package dev.cfnlsp.rules.autoscaling;

import dev.cfnlsp.edit.TemplateEdits;
import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rule.TextEdit;
import dev.cfnlsp.rules.network.ValueEdits;
import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A group whose MinSize is below 2, or that lists a single subnet or zone. A MinSize below 2 is raised to 2 when the
 * literal MaxSize allows it (with a literal DesiredCapacity below 2 raised too, which CloudFormation would otherwise
 * reject; with a DesiredCapacity that is not literal the fix is only offered); a single subnet or zone gets no fix,
 * since only the author knows which second one to add.
 */
@RuleInfo(id = "asg-high-availability", perResource = true, title = "Auto Scaling group can run on a single instance or zone",
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
                    + " zone outage takes the service down. Keep at least 2 instances, spread over two or more zones.",
                    minSizeFix(context, group, properties, value));
        }
        singleItem(properties, "VPCZoneIdentifier").ifPresent(key -> context.report(key.range(), "Group '" + group.name()
                + "' launches into one subnet, so all its instances share one Availability Zone. List subnets in at"
                + " least two zones."));
        singleItem(properties, "AvailabilityZones").ifPresent(key -> context.report(key.range(), "Group '" + group.name()
                + "' uses one Availability Zone; an outage there stops every instance. List at least two zones, e.g."
                + " with !GetAZs."));
    }

    private static Fix[] minSizeFix(RuleContext context, Resource group, MappingNode properties, ScalarNode minSize) {
        if (Values.integer(properties.get("MaxSize")).filter(max -> max >= 2).isEmpty()) {
            return new Fix[0];
        }
        TemplateEdits edits = context.shared(TemplateEdits.class, c -> TemplateEdits.of(c.template()));
        List<TextEdit> changes = new ArrayList<>(List.of(ValueEdits.replaceKeepingStyle(context.template(), edits, minSize, "2")));
        Optional<TemplateNode> desired = properties.get("DesiredCapacity");
        Optional<Long> desiredSize = Values.integer(desired);
        String title = "Set MinSize of " + group.name() + " to 2";
        if (desiredSize.filter(d -> d < 2).isPresent() && desired.get() instanceof ScalarNode scalar) {
            changes.add(ValueEdits.replaceKeepingStyle(context.template(), edits, scalar, "2"));
            title = "Set MinSize and DesiredCapacity of " + group.name() + " to 2";
        }
        // A DesiredCapacity we cannot read may be below the new MinSize, which CloudFormation rejects.
        boolean safe = desired.isEmpty() || desiredSize.isPresent();
        return new Fix[] {new Fix(safe ? title : title + " (DesiredCapacity must then be at least 2)", changes, true, safe)};
    }

    private static Optional<ScalarNode> singleItem(MappingNode properties, String name) {
        return properties.entry(name)
                .filter(entry -> entry.value() instanceof SequenceNode list && list.items().size() == 1)
                .map(MappingEntry::key);
    }
}
