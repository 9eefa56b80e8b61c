package dev.cfnlsp.rules.region;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.support.MapLookup;
import dev.cfnlsp.template.Declaration;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.ReferenceKind;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A mapping read with {@code !Ref AWS::Region} as first key must have a row for every target region. Lookups that
 * a Condition or Fn::If may skip, and lookups with a DefaultValue, are not counted.
 */
@RuleInfo(id = "region-mapping-coverage", title = "Region-keyed mapping lacks a target region",
        severity = Severity.ERROR, category = Category.RELIABILITY)
public final class MappingCoverageRule implements Rule {

    @Override
    public void check(RuleContext context) {
        Template template = context.template();
        if (template.declarations(DeclarationKind.MAPPING).isEmpty()) {
            return;
        }
        Map<String, MappingNode> regionKeyed = new LinkedHashMap<>();
        Consumer<MapLookup> noteTable = lookup -> lookup.mapping(template)
                .ifPresent(table -> regionKeyed.put(lookup.mapName().value(), table));
        Set<String> lookingUp = lookingUpMappings(template);
        for (Resource resource : template.resources()) {
            if (lookingUp.contains(resource.name())) {
                resource.derived(RegionLookups.class, RegionLookups::of).lookups().forEach(noteTable);
            }
        }
        PropertyVisits.forEachOutput(template, visit -> RegionLookups.counted(visit).ifPresent(noteTable));
        regionKeyed.forEach((name, table) -> {
            List<String> missing = context.settings().regions().stream().filter(region -> table.get(region).isEmpty()).toList();
            Optional<Declaration> declaration = context.template().declaration(DeclarationKind.MAPPING, name);
            if (!missing.isEmpty() && declaration.isPresent()) {
                context.report(declaration.get().key().range(), "Mapping '" + name + "' is looked up by AWS::Region but"
                        + " has no entry for " + String.join(", ", missing) + "; Fn::FindInMap fails there and the stack"
                        + " cannot be created. Add the missing region" + (missing.size() > 1 ? "s" : "")
                        + ", or drop them from the target regions.");
            }
        });
    }

    /**
     * The lookups by region in one resource that the rule counts (unconditional, without DefaultValue); they depend
     * on the resource's text alone, so they are kept with it from version to version.
     */
    private record RegionLookups(List<MapLookup> lookups) {
        static RegionLookups of(Resource resource) {
            List<MapLookup> lookups = new ArrayList<>();
            PropertyVisits.forEach(resource, visit -> counted(visit).ifPresent(lookups::add));
            return new RegionLookups(List.copyOf(lookups));
        }

        static Optional<MapLookup> counted(PropertyVisit visit) {
            return MapLookup.of(visit.node()).filter(l -> l.keyedByRegion() && !l.hasDefault() && !visit.conditional());
        }
    }

    /** The resources with a Fn::FindInMap of a declared mapping: the only ones worth walking. */
    private static Set<String> lookingUpMappings(Template template) {
        return template.declarations(DeclarationKind.MAPPING).keySet().stream()
                .flatMap(mapping -> template.referencesTo(mapping).stream())
                .filter(reference -> reference.kind() == ReferenceKind.FIND_IN_MAP)
                .flatMap(reference -> reference.from().stream())
                .filter(from -> from.kind() == DeclarationKind.RESOURCE)
                .map(Declaration::name)
                .collect(Collectors.toSet());
    }
}
