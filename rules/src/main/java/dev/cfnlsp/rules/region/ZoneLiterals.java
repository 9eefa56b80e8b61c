package dev.cfnlsp.rules.region;

import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.schema.SchemaBundle;
import dev.cfnlsp.template.Declaration;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The literal zone names of a template: in resource properties, in Mappings values and in parameter defaults and
 * allowed values. A name is a known region followed by one letter, so Local Zones ({@code us-west-2-lax-1a}) and
 * zone ids ({@code use1-az1}) are not taken for zones.
 */
record ZoneLiterals(List<ZoneLiteral> zones) {
    private static final Pattern ZONE = Pattern.compile("([a-z]{2}(?:-[a-z]+)+-\\d+)[a-z]");

    static ZoneLiterals of(RuleContext context) {
        List<ZoneLiteral> zones = new ArrayList<>();
        SchemaBundle schema = context.schema();
        for (PropertyVisit visit : context.shared(PropertyVisits.class, c -> PropertyVisits.of(c.template())).visits()) {
            if (visit.resource().isPresent() && visit.node() instanceof ScalarNode scalar) {
                add(schema, scalar, scalar.value(), true, visit.conditional(), visit.resource(), zones);
            }
        }
        for (Declaration mapping : context.template().declarations(DeclarationKind.MAPPING).values()) {
            scalarsUnder(mapping.body()).forEach(scalar -> add(schema, scalar, scalar.value(), false, false, Optional.empty(), zones));
        }
        for (Declaration parameter : context.template().declarations(DeclarationKind.PARAMETER).values()) {
            for (ScalarNode value : parameterValues(parameter)) {
                // A List<AWS::EC2::AvailabilityZone::Name> default is comma-separated.
                for (String name : value.value().split(",")) {
                    add(schema, value, name.trim(), false, false, Optional.empty(), zones);
                }
            }
        }
        return new ZoneLiterals(zones);
    }

    /** The default and allowed values of a parameter. */
    private static List<ScalarNode> parameterValues(Declaration parameter) {
        Optional<MappingNode> body = parameter.mapping();
        List<TemplateNode> values = new ArrayList<>();
        body.flatMap(b -> b.get("Default")).ifPresent(values::add);
        body.flatMap(b -> b.get("AllowedValues")).map(Values::items).ifPresent(values::addAll);
        return values.stream().filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast).toList();
    }

    private static void add(SchemaBundle schema, ScalarNode node, String text, boolean inResource, boolean conditional,
                            Optional<Resource> resource, List<ZoneLiteral> zones) {
        Matcher matcher = ZONE.matcher(text);
        if (matcher.matches() && !schema.availabilityZones(matcher.group(1)).isEmpty()) {
            zones.add(new ZoneLiteral(node, text, matcher.group(1), inResource, conditional, resource));
        }
    }

    private static List<ScalarNode> scalarsUnder(TemplateNode node) {
        if (node instanceof ScalarNode scalar) {
            return List.of(scalar);
        }
        List<ScalarNode> scalars = new ArrayList<>();
        if (node instanceof MappingNode mapping) {
            mapping.entries().stream().map(MappingEntry::value).forEach(value -> scalars.addAll(scalarsUnder(value)));
        } else if (node instanceof SequenceNode sequence) {
            sequence.items().forEach(item -> scalars.addAll(scalarsUnder(item)));
        }
        return scalars;
    }
}
