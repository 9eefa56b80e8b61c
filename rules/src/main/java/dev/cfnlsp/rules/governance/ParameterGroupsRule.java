package dev.cfnlsp.rules.governance;

import dev.cfnlsp.edit.EditValue;
import dev.cfnlsp.edit.TemplateEdits;
import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rule.TextEdit;
import dev.cfnlsp.rules.support.CollectionEdits;
import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parameters should be grouped in {@code Metadata: AWS::CloudFormation::Interface: ParameterGroups}. Opt-in: it is a
 * convention for templates deployed through the console in production, not a defect of every template. The fix
 * (safe) writes the groups: one per leading word that several parameters share, the others together.
 */
@RuleInfo(id = "metadata-parameter-groups", title = "Parameters are not organised in parameter groups",
        severity = Severity.INFO, category = Category.GOVERNANCE, optIn = true,
        readsTypes = {})
public final class ParameterGroupsRule implements Rule {
    private static final String INTERFACE = "AWS::CloudFormation::Interface";
    private static final Pattern LEADING_WORD = Pattern.compile("[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z0-9]+|[A-Z0-9]+");

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
                    + ": ParameterGroups with labelled groups of parameters.",
                    addInterface(context, List.copyOf(parameters)).stream().toArray(Fix[]::new));
            return;
        }
        grouped(userInterface.get().value()).ifPresent(grouped -> {
            List<String> ungrouped = parameters.stream().filter(name -> !grouped.contains(name)).toList();
            if (!ungrouped.isEmpty()) {
                context.report(userInterface.get().key().range(), "The ParameterGroups leave out "
                        + String.join(", ", ungrouped) + ", which the console then shows apart from the groups. "
                        + "Add " + (ungrouped.size() == 1 ? "it" : "them") + " to a parameter group.",
                        addGroups(context, userInterface.get(), ungrouped).stream().toArray(Fix[]::new));
            }
        });
    }

    /**
     * Adds {@code Metadata: AWS::CloudFormation::Interface: ParameterGroups} (into the Metadata section when there is
     * one, else as a new section right before Parameters) grouping every parameter.
     */
    private static Optional<Fix> addInterface(RuleContext context, List<String> parameters) {
        Template template = context.template();
        TemplateEdits edits = context.shared(TemplateEdits.class, c -> TemplateEdits.of(c.template()));
        List<EditValue> groups = groups(parameters, "Parameters");
        EditValue.Mapping userInterface = EditValue.map().put("ParameterGroups", new EditValue.Sequence(groups)).build();
        Optional<MappingEntry> metadata = template.section("Metadata");
        TextEdit edit;
        if (metadata.isPresent()) {
            if (!(metadata.get().value() instanceof MappingNode section) || !CollectionEdits.writtenInPlace(metadata.get())) {
                return Optional.empty();
            }
            edit = edits.insertEntry(section, INTERFACE, userInterface);
        } else {
            MappingNode root = template.rootMapping().orElseThrow();
            List<MappingEntry> sections = root.entries();
            int parametersIndex = sections.indexOf(template.section("Parameters").orElseThrow());
            EditValue.Mapping section = EditValue.map().put(INTERFACE, userInterface).build();
            edit = parametersIndex > 0
                    ? edits.insertEntryAfter(root, sections.get(parametersIndex - 1).name(), "Metadata", section)
                    : edits.insertEntry(root, "Metadata", section);
        }
        if (!CollectionEdits.of(template, edits).keepsWellFormed(List.of(edit))) {
            return Optional.empty();
        }
        return Optional.of(Fix.safe("Add Metadata " + INTERFACE + " with " + describe(groups), edit));
    }

    /** Adds groups for the parameters the interface leaves out, after its existing groups. */
    private static Optional<Fix> addGroups(RuleContext context, MappingEntry userInterface, List<String> ungrouped) {
        if (!(userInterface.value() instanceof MappingNode body) || !CollectionEdits.writtenInPlace(userInterface)) {
            return Optional.empty();
        }
        TemplateEdits edits = context.shared(TemplateEdits.class, c -> TemplateEdits.of(c.template()));
        Optional<MappingEntry> existing = body.entry("ParameterGroups");
        List<EditValue> groups = groups(ungrouped, existing.isPresent() ? "Other parameters" : "Parameters");
        TextEdit edit;
        if (existing.isEmpty()) {
            edit = edits.insertEntry(body, "ParameterGroups", new EditValue.Sequence(groups));
        } else if (existing.get().value() instanceof SequenceNode list && CollectionEdits.writtenInPlace(existing.get())) {
            edit = CollectionEdits.of(context.template(), edits).appendItems(list, groups);
        } else {
            return Optional.empty();
        }
        if (!CollectionEdits.of(context.template(), edits).keepsWellFormed(List.of(edit))) {
            return Optional.empty();
        }
        return Optional.of(Fix.safe("Add " + describe(groups) + " to the ParameterGroups", edit));
    }

    /**
     * Parameter groups in parameter order: one per leading word (DBName, DBUser: "DB parameters") shared by two
     * parameters or more, then the rest in "Other parameters"; all in one group labelled {@code rest} when no word is
     * shared.
     */
    static List<EditValue> groups(List<String> parameters, String rest) {
        Map<String, List<String>> byWord = new LinkedHashMap<>();
        for (String parameter : parameters) {
            byWord.computeIfAbsent(leadingWord(parameter), w -> new ArrayList<>()).add(parameter);
        }
        Map<String, List<String>> groups = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        for (String parameter : parameters) {
            List<String> members = byWord.get(leadingWord(parameter));
            if (members.size() > 1) {
                groups.computeIfAbsent(leadingWord(parameter) + " parameters", w -> new ArrayList<>()).add(parameter);
            } else {
                others.add(parameter);
            }
        }
        if (!others.isEmpty()) {
            groups.put(groups.isEmpty() ? rest : "Other parameters", others);
        }
        return groups.entrySet().stream().map(group -> (EditValue) EditValue.map()
                .put("Label", EditValue.map().put("default", group.getKey()).build())
                .put("Parameters", new EditValue.Sequence(group.getValue().stream().map(p -> (EditValue) EditValue.text(p)).toList()))
                .build()).toList();
    }

    /** The first word of a CamelCase name: DBName → DB, VpcCidr → Vpc, SSHLocation → SSH, Environment → Environment. */
    private static String leadingWord(String name) {
        Matcher word = LEADING_WORD.matcher(name);
        return word.lookingAt() ? word.group() : name;
    }

    private static String describe(List<EditValue> groups) {
        return groups.stream().map(g -> {
            EditValue.Mapping group = (EditValue.Mapping) g;
            String label = ((EditValue.Text) ((EditValue.Mapping) group.entries().get("Label")).entries().get("default")).value();
            int count = ((EditValue.Sequence) group.entries().get("Parameters")).items().size();
            return "group '" + label + "' (" + count + " parameter" + (count == 1 ? ")" : "s)");
        }).collect(Collectors.joining(", "));
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
