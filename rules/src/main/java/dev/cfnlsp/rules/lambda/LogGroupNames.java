package dev.cfnlsp.rules.lambda;

import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rules.logging.LogGroupRetentionRule;
import dev.cfnlsp.rules.support.ResourceProperty;
import dev.cfnlsp.rules.support.TypedResources;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.Template;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.Optional;

/**
 * The log groups of a template with their names, each rendered once per analysis and indexed by exact name: every
 * function looks for its group, and comparing it with every group made the rule quadratic in practice.
 */
record LogGroupNames(List<Named> groups, Map<String, List<Named>> byExactName, List<Named> withUnknownParts) {
    record Named(int order, Resource group, NamePattern name, String rendered) {
    }

    static LogGroupNames of(RuleContext context) {
        return context.shared(LogGroupNames.class, c -> collect(c.template()));
    }

    private static LogGroupNames collect(Template template) {
        List<Named> groups = new ArrayList<>();
        for (Resource group : TypedResources.of(template, LogGroupRetentionRule.LOG_GROUP)) {
            name(group).ifPresent(name -> groups.add(new Named(groups.size(), group, name, name.render(template))));
        }
        Map<String, List<Named>> exact = groups.stream().filter(g -> NamePattern.isExact(g.rendered()))
                .collect(Collectors.groupingBy(Named::rendered));
        return new LogGroupNames(groups, exact, groups.stream().filter(g -> !NamePattern.isExact(g.rendered())).toList());
    }

    /** The groups whose name could be one of these names, in source order. */
    List<Named> thatMayBe(List<NamePattern> names, Template template) {
        Set<Named> found = new TreeSet<>(Comparator.comparingInt(Named::order));
        for (NamePattern name : names) {
            String rendered = name.render(template);
            Collection<Named> candidates = NamePattern.isExact(rendered) ? withUnknownParts : groups;
            candidates.stream().filter(g -> NamePattern.mayEqual(g.rendered(), rendered)).forEach(found::add);
            if (NamePattern.isExact(rendered)) {
                found.addAll(byExactName.getOrDefault(rendered, List.of()));
            }
        }
        return List.copyOf(found);
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
