package dev.cfnlsp.rules.autoscaling;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.template.Resource;

@RuleInfo(id = "asg-launch-configuration", perResource = true, title = "Auto Scaling group uses a launch configuration",
        severity = Severity.WARNING, category = Category.OPERATIONS)
public final class LaunchConfigurationRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (Resource group : AutoScalingGroups.in(context.template())) {
            group.properties().flatMap(p -> p.entry("LaunchConfigurationName")).ifPresent(entry ->
                    context.report(entry.key().range(), "Group '" + group.name() + "' launches from a launch"
                            + " configuration. AWS no longer adds instance types or features to launch configurations"
                            + " and new accounts cannot create them; define an AWS::EC2::LaunchTemplate and point the"
                            + " group's LaunchTemplate (LaunchTemplateId and Version) at it."));
        }
    }
}
