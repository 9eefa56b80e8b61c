package dev.cfnlsp.rules.lambda;

import dev.cfnlsp.rules.support.TypedResources;
import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.template.IntrinsicNode;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.List;
import java.util.Optional;

/**
 * A CloudWatch alarm read for one question: does it watch the AWS/Lambda Errors metric of a given function? Parts
 * an intrinsic computes count as a yes, so an alarm we cannot read never causes a finding.
 */
record ErrorAlarm(Resource alarm) {
    private static final String NAMESPACE = "AWS/Lambda";
    private static final String METRIC = "Errors";

    static List<ErrorAlarm> in(Template template) {
        return TypedResources.of(template, "AWS::CloudWatch::Alarm").stream().map(ErrorAlarm::new).toList();
    }

    boolean watches(LambdaFunction function, Template template) {
        if (alarm.propertiesNode().filter(IntrinsicNode.class::isInstance).isPresent()) {
            return true;
        }
        if (alarm.properties().isEmpty()) {
            return false;
        }
        MappingNode properties = alarm.properties().get();
        Optional<TemplateNode> metrics = properties.get("Metrics");
        if (metrics.isPresent()) {
            return !(metrics.get() instanceof SequenceNode queries)
                    || queries.items().stream().anyMatch(query -> queryWatches(query, function, template));
        }
        return metricWatches(properties, function, template);
    }

    /** One entry of a metric-math alarm: a metric it reads, or an expression such as a SEARCH over AWS/Lambda. */
    private static boolean queryWatches(TemplateNode query, LambdaFunction function, Template template) {
        if (!(query instanceof MappingNode entry)) {
            return true;
        }
        Optional<TemplateNode> expression = entry.get("Expression");
        if (expression.isPresent()) {
            return expression.get() instanceof IntrinsicNode
                    || Values.literal(expression).filter(text -> text.contains(NAMESPACE)).isPresent();
        }
        Optional<TemplateNode> metricStat = entry.get("MetricStat");
        if (metricStat.isEmpty()) {
            return false;
        }
        Optional<TemplateNode> metric = metricStat.get() instanceof MappingNode stat ? stat.get("Metric") : Optional.of(metricStat.get());
        return metric.map(m -> !(m instanceof MappingNode metricNode) || metricWatches(metricNode, function, template)).orElse(false);
    }

    private static boolean metricWatches(MappingNode metric, LambdaFunction function, Template template) {
        if (!mayBe(metric.get("Namespace"), NAMESPACE) || !mayBe(metric.get("MetricName"), METRIC)) {
            return false;
        }
        Optional<TemplateNode> dimensions = metric.get("Dimensions");
        if (dimensions.isEmpty() || dimensions.get() instanceof ScalarNode scalar && scalar.isNull()) {
            return true;
        }
        if (!(dimensions.get() instanceof SequenceNode list) || list.items().isEmpty()) {
            return true;
        }
        return list.items().stream().anyMatch(dimension -> dimensionNames(dimension, function, template));
    }

    /** A FunctionName dimension, or a Resource dimension ({@code name:alias}), that may name the function. */
    private static boolean dimensionNames(TemplateNode dimension, LambdaFunction function, Template template) {
        if (!(dimension instanceof MappingNode entry)) {
            return true;
        }
        Optional<String> name = Values.literal(entry.get("Name"));
        NamePattern value = entry.get("Value").map(NamePattern::of).orElseGet(NamePattern::unknown);
        boolean anyName = name.isEmpty();
        if (anyName || name.get().equals("FunctionName")) {
            if (function.names().stream().anyMatch(n -> value.mayEqual(n, template))) {
                return true;
            }
        }
        return (anyName || name.get().equals("Resource"))
                && function.names().stream().anyMatch(n -> value.mayEqual(n.then(NamePattern.literal(":")).then(NamePattern.unknown()), template));
    }

    /** The literal expected, or a value an intrinsic computes. */
    private static boolean mayBe(Optional<TemplateNode> node, String expected) {
        return node.filter(IntrinsicNode.class::isInstance).isPresent() || Values.literal(node).filter(expected::equals).isPresent();
    }
}
