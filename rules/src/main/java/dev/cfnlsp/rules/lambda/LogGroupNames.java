package dev.cfnlsp.rules.lambda;

import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rules.logging.LogGroupRetentionRule;
import dev.cfnlsp.rules.support.ResourceProperty;
import dev.cfnlsp.rules.support.TypedResources;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.Template;
import java.util.List;
import java.util.Optional;

/**
 * The log groups of a template with their names, each rendered once per analysis: every function is compared with
 * every group, so rendering per comparison made the rule quadratic in practice.
 */
record LogGroupNames(List<Named> groups) {
    record Named(Resource group, NamePattern name, String rendered) {
    }

    static LogGroupNames of(RuleContext context) {
        return context.shared(LogGroupNames.class, c -> collect(c.template()));
    }

    private static LogGroupNames collect(Template template) {
        return new LogGroupNames(TypedResources.of(template, LogGroupRetentionRule.LOG_GROUP).stream()
                .flatMap(group -> name(group).map(n -> new Named(group, n, n.render(template))).stream())
                .toList());
    }

    /** The groups whose name could be one of these names. */
    List<Named> thatMayBe(List<NamePattern> names, Template template) {
        List<String> rendered = names.stream().map(n -> n.render(template)).toList();
        return groups.stream().filter(g -> rendered.stream().anyMatch(r -> NamePattern.mayEqual(g.rendered(), r))).toList();
    }

    /** Empty for a group without LogGroupName: CloudFormation then generates a name no function logs to. */
    private static Optional<NamePattern> name(Resource group) {
        ResourceProperty name = ResourceProperty.of(group, "LogGroupName");
        if (name.computedBlock()) {
            return Optional.of(NamePattern.unknown());
        }
        return name.absent() ? Optional.empty() : name.value().map(NamePattern::of);
    }
}
