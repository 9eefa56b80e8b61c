package dev.cfnlsp.rules.governance;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parameters should be grouped in {@code Metadata: AWS::CloudFormation::Interface: ParameterGroups}. Opt-in: it is a
 * convention for templates deployed through the console in production, not a defect of every template.
 */
@RuleInfo(id = "metadata-parameter-groups", title = "Parameters are not organised in parameter groups",
        severity = Severity.INFO, category = Category.GOVERNANCE, optIn = true)
public final class ParameterGroupsRule implements Rule {
    private static final String INTERFACE = "AWS::CloudFormation::Interface";

    @Override
    public void check(RuleContext context) {
        Template template = context.template();
        Optional<MappingEntry> parametersSection = template.section("Parameters");
        Set<String> parameters = template.declarations(DeclarationKind.PARAMETER).keySet();
        if (parametersSection.isEmpty() || parameters.isEmpty()) {
            return;
        }
        Optional<MappingEntry> userInterface = template.section("Metadata")
                .map(MappingEntry::value).filter(MappingNode.class::isInstance).map(MappingNode.class::cast)
                .flatMap(metadata -> metadata.entry(INTERFACE));
        if (userInterface.isEmpty()) {
            context.report(parametersSection.get().key().range(), "The " + parameters.size() + " parameter"
                    + (parameters.size() == 1 ? " is" : "s are") + " not organised in parameter groups, so the "
                    + "CloudFormation console lists them in a flat alphabetical list. Add Metadata: " + INTERFACE
                    + ": ParameterGroups with labelled groups of parameters.");
            return;
        }
        grouped(userInterface.get().value()).ifPresent(grouped -> {
            List<String> ungrouped = parameters.stream().filter(name -> !grouped.contains(name)).toList();
            if (!ungrouped.isEmpty()) {
                context.report(userInterface.get().key().range(), "The ParameterGroups leave out "
                        + String.join(", ", ungrouped) + ", which the console then shows apart from the groups. "
                        + "Add " + (ungrouped.size() == 1 ? "it" : "them") + " to a parameter group.");
            }
        });
    }

    /** The parameters the groups list; empty when a part of the interface is not written out literally. */
    private static Optional<Set<String>> grouped(TemplateNode userInterface) {
        if (!(userInterface instanceof MappingNode body)) {
            return Optional.empty();
        }
        Optional<TemplateNode> groups = body.get("ParameterGroups");
        if (groups.isEmpty()) {
            return Optional.of(Set.of());
        }
        if (!(groups.get() instanceof SequenceNode list)) {
            return Optional.empty();
        }
        Set<String> names = new HashSet<>();
        for (TemplateNode group : list.items()) {
            Optional<TemplateNode> members = Optional.of(group).filter(MappingNode.class::isInstance)
                    .map(MappingNode.class::cast).flatMap(g -> g.get("Parameters"));
            if (members.isPresent() && !(members.get() instanceof SequenceNode)) {
                return Optional.empty();
            }
            members.map(Values::items).orElse(List.of()).forEach(member -> Values.literal(Optional.of(member)).ifPresent(names::add));
        }
        return Optional.of(names);
    }
}
