package dev.cfnlsp.rules;

import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rules.autoscaling.HighAvailabilityRule;
import dev.cfnlsp.rules.autoscaling.LaunchConfigurationRule;
import dev.cfnlsp.rules.autoscaling.ScalingPolicyRule;
import dev.cfnlsp.rules.ec2.HardcodedAmiRule;
import dev.cfnlsp.rules.elb.LogDeliveryAccountRule;
import dev.cfnlsp.rules.elb.WafRule;
import dev.cfnlsp.rules.network.LambdaSharedSecurityGroupRule;
import dev.cfnlsp.rules.network.OpenIngressRule;
import dev.cfnlsp.rules.region.HardcodedRegionRule;
import dev.cfnlsp.rules.region.HardcodedZoneRule;
import dev.cfnlsp.rules.region.InvalidZoneRule;
import dev.cfnlsp.rules.region.MappingCoverageRule;
import java.util.List;

/** The production-readiness rules about EC2, security groups, load balancers, Auto Scaling and multi-region portability. */
public final class NetworkRules {
    private NetworkRules() {
    }

    public static List<Rule> all() {
        return List.of(
                new HardcodedAmiRule(), new OpenIngressRule(), new LambdaSharedSecurityGroupRule(),
                new HighAvailabilityRule(), new LaunchConfigurationRule(), new ScalingPolicyRule(),
                new LogDeliveryAccountRule(), new WafRule(),
                new InvalidZoneRule(), new HardcodedZoneRule(), new MappingCoverageRule(), new HardcodedRegionRule());
    }
}
