package dev.cfnlsp.rules.autoscaling;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.template.IntrinsicNode;
import dev.cfnlsp.template.Intrinsics;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A group that cannot scale by itself, and a group behind a load balancer that ignores the load balancer's health
 * checks. Groups are skipped when something else scales them: a fixed size, an ECS capacity provider, or the
 * Kubernetes cluster autoscaler (recognised by its discovery tags).
 */
@RuleInfo(id = "asg-no-scaling-policy", title = "Auto Scaling group without scaling policy or load balancer health checks",
        severity = Severity.WARNING, category = Category.RELIABILITY, guard = "AUTOSCALING_GROUP_ELB_HEALTHCHECK_REQUIRED")
public final class ScalingPolicyRule implements Rule {
    private static final String SCALING_POLICY = "AWS::AutoScaling::ScalingPolicy";
    private static final String CAPACITY_PROVIDER = "AWS::ECS::CapacityProvider";

    @Override
    public void check(RuleContext context) {
        Optional<Set<String>> scaledElsewhere = scaledElsewhere(context.template());
        for (Resource group : AutoScalingGroups.in(context.template())) {
            MappingNode properties = group.properties().orElse(null);
            if (properties == null) {
                continue;
            }
            if (scaledElsewhere.isPresent() && !scaledElsewhere.get().contains(group.name())
                    && !fixedSize(properties) && !clusterAutoscaled(properties)) {
                context.report(group.key().range(), "Group '" + group.name() + "' has no AWS::AutoScaling::ScalingPolicy,"
                        + " so it keeps the same number of instances whatever the load. Add a target tracking policy"
                        + " (e.g. on average CPU or requests per target) whose AutoScalingGroupName refers to it.");
            }
            if (behindLoadBalancer(properties)) {
                checkHealthCheck(context, group, properties);
            }
        }
    }

    /** The groups a scaling policy or capacity provider refers to; empty when one refers to a group we cannot tell. */
    private static Optional<Set<String>> scaledElsewhere(Template template) {
        Set<String> groups = new HashSet<>();
        for (Resource resource : template.resources()) {
            Optional<TemplateNode> group = resource.isOfType(SCALING_POLICY) ? resource.property("AutoScalingGroupName")
                    : resource.isOfType(CAPACITY_PROVIDER) ? resource.properties()
                    .flatMap(p -> p.mapping("AutoScalingGroupProvider")).flatMap(p -> p.get("AutoScalingGroupArn"))
                    : Optional.empty();
            if (group.isPresent()) {
                Optional<String> target = Values.target(group.get());
                if (target.isEmpty()) {
                    return Optional.empty();
                }
                groups.add(target.get());
            }
        }
        return Optional.of(groups);
    }

    private static boolean fixedSize(MappingNode properties) {
        Optional<Long> min = Values.integer(properties.get("MinSize"));
        Optional<Long> max = Values.integer(properties.get("MaxSize"));
        return min.isPresent() && max.isPresent() && max.get() <= min.get();
    }

    private static boolean clusterAutoscaled(MappingNode properties) {
        return properties.get("Tags").map(Values::items).orElse(List.of()).stream()
                .filter(MappingNode.class::isInstance).map(MappingNode.class::cast)
                .anyMatch(tag -> Values.literal(tag.get("Key")).filter(k -> k.startsWith("k8s.io/cluster-autoscaler/")).isPresent());
    }

    private static boolean behindLoadBalancer(MappingNode properties) {
        return attachesSomething(properties.get("TargetGroupARNs")) || attachesSomething(properties.get("LoadBalancerNames"));
    }

    /** A non-empty list or a reference to one; a conditional value may attach nothing. */
    private static boolean attachesSomething(Optional<TemplateNode> value) {
        return value.filter(v -> v instanceof SequenceNode list ? !list.items().isEmpty()
                : v instanceof IntrinsicNode call && !call.is(Intrinsics.IF)).isPresent();
    }

    private static void checkHealthCheck(RuleContext context, Resource group, MappingNode properties) {
        Optional<TemplateNode> type = properties.get("HealthCheckType");
        String advice = " Instances the load balancer finds unhealthy stay in service until EC2 itself sees a failure;"
                + " set HealthCheckType to ELB (with a HealthCheckGracePeriod long enough for start-up) so the group"
                + " replaces them.";
        if (type.isEmpty()) {
            context.report(group.key().range(), "Group '" + group.name() + "' sits behind a load balancer but has no"
                    + " HealthCheckType, so it uses EC2 status checks only." + advice);
        } else if (type.get() instanceof ScalarNode value && !usesElb(value.value())) {
            context.report(context.template().valueRange(value), "HealthCheckType " + value.value() + " ignores the load"
                    + " balancer's health checks." + advice);
        }
    }

    /** Additional health checks are written as a comma-separated list, e.g. {@code ELB,EBS}. */
    private static boolean usesElb(String type) {
        return Arrays.stream(type.split(",")).map(String::trim).anyMatch("ELB"::equals);
    }
}
