package dev.cfnlsp.rules.autoscaling;

import dev.cfnlsp.edit.EditValue;
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
import dev.cfnlsp.template.IntrinsicNode;
import dev.cfnlsp.template.Intrinsics;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A group that cannot scale by itself, and a group behind a load balancer that ignores the load balancer's health
 * checks. Groups are skipped when something else scales them: a fixed size, an ECS capacity provider, or the
 * Kubernetes cluster autoscaler (recognised by its discovery tags).
 * <p>
 * Fixes: the health check becomes ELB (with a 300-second grace period when none is set), which is safe; a missing
 * policy is answered with a target tracking policy on 50% average CPU, right after the group. Whether CPU is the
 * right signal and 50% the right target is the author's call, so that one is offered but never applied unasked.
 */
@RuleInfo(id = "asg-no-scaling-policy", title = "Auto Scaling group without scaling policy or load balancer health checks",
        severity = Severity.WARNING, category = Category.RELIABILITY, guard = "AUTOSCALING_GROUP_ELB_HEALTHCHECK_REQUIRED",
        readsTypes = {"AWS::AutoScaling::AutoScalingGroup", "AWS::AutoScaling::ScalingPolicy", "AWS::ECS::CapacityProvider"})
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
                        + " (e.g. on average CPU or requests per target) whose AutoScalingGroupName refers to it.",
                        policyFix(context, group));
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
        TemplateEdits edits = edits(context);
        boolean addGracePeriod = properties.get("HealthCheckGracePeriod").isEmpty();
        String gracePeriod = addGracePeriod ? " with HealthCheckGracePeriod: 300" : "";
        if (type.isEmpty()) {
            List<TextEdit> changes = new ArrayList<>(List.of(edits.insertEntry(properties, "HealthCheckType", EditValue.text("ELB"))));
            if (addGracePeriod) {
                changes.add(edits.insertEntry(properties, "HealthCheckGracePeriod", EditValue.number(300)));
            }
            context.report(group.key().range(), "Group '" + group.name() + "' sits behind a load balancer but has no"
                    + " HealthCheckType, so it uses EC2 status checks only." + advice,
                    new Fix("Add HealthCheckType: ELB" + gracePeriod + " to " + group.name(), joined(changes), true, true));
        } else if (type.get() instanceof ScalarNode value && !usesElb(value.value())) {
            String elb = withElb(value.value());
            List<TextEdit> changes = new ArrayList<>(List.of(ValueEdits.replaceText(context.template(), edits, value, elb)));
            if (addGracePeriod) {
                changes.add(edits.insertEntry(properties, "HealthCheckGracePeriod", EditValue.number(300)));
            }
            context.report(context.template().valueRange(value), "HealthCheckType " + value.value() + " ignores the load"
                    + " balancer's health checks." + advice,
                    new Fix("Set HealthCheckType of " + group.name() + " to " + elb + (addGracePeriod ? " and add HealthCheckGracePeriod: 300" : ""),
                            changes, true, true));
        }
    }

    /** EC2 becomes ELB; other checks (EBS, VPC_LATTICE) stay, with ELB added before them. */
    private static String withElb(String type) {
        List<String> checks = new ArrayList<>(Arrays.stream(type.split(",")).map(String::trim).filter(c -> !c.isEmpty())
                .map(c -> c.equals("EC2") ? "ELB" : c).distinct().toList());
        if (!checks.contains("ELB")) {
            checks.add(0, "ELB");
        }
        return String.join(",", checks);
    }

    /**
     * Insertions at one point as one edit, in order: two edits inserting at the same position would otherwise be
     * applied in an order no editor promises.
     */
    private static List<TextEdit> joined(List<TextEdit> changes) {
        List<TextEdit> result = new ArrayList<>();
        for (TextEdit change : changes) {
            TextEdit last = result.isEmpty() ? null : result.get(result.size() - 1);
            if (last != null && last.range().equals(change.range()) && last.range().start().equals(last.range().end())) {
                result.set(result.size() - 1, new TextEdit(last.range(), last.newText() + change.newText()));
            } else {
                result.add(change);
            }
        }
        return result;
    }

    /** A target tracking policy on average CPU, declared right after the group. */
    private static Fix policyFix(RuleContext context, Resource group) {
        TemplateEdits edits = edits(context);
        String name = edits.unusedLogicalId(group.name() + "CpuScaling");
        EditValue.MappingBuilder body = EditValue.map().put("Type", SCALING_POLICY);
        group.attribute("Condition").map(TemplateNode::scalarText).ifPresent(condition -> body.put("Condition", condition));
        body.put("Properties", EditValue.map()
                .put("AutoScalingGroupName", EditValue.ref(group.name()))
                .put("PolicyType", "TargetTrackingScaling")
                .put("TargetTrackingConfiguration", EditValue.map()
                        .put("PredefinedMetricSpecification", EditValue.map().put("PredefinedMetricType", "ASGAverageCPUUtilization").build())
                        .put("TargetValue", EditValue.number(50))
                        .build())
                .build());
        return new Fix("Add target tracking scaling policy " + name + " (average CPU 50%) for " + group.name(),
                List.of(edits.insertResource(group, name, body.build())), true, false);
    }

    private static TemplateEdits edits(RuleContext context) {
        return context.shared(TemplateEdits.class, c -> TemplateEdits.of(c.template()));
    }

    /** Additional health checks are written as a comma-separated list, e.g. {@code ELB,EBS}. */
    private static boolean usesElb(String type) {
        return Arrays.stream(type.split(",")).map(String::trim).anyMatch("ELB"::equals);
    }
}
