package dev.cfnlsp.rules.region;

import dev.cfnlsp.template.Declaration;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.IntrinsicNode;
import dev.cfnlsp.template.Intrinsics;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every value under resource properties and output values, computed once per analysis for the region rules. Tags
 * are left out (free text), and so are the arguments of functions that name regions or zones on purpose:
 * {@code Fn::GetAZs} and the comparisons of {@code Fn::Equals}.
 */
record PropertyVisits(List<PropertyVisit> visits) {
    private static final Set<String> SKIPPED_FUNCTIONS = Set.of("Fn::GetAZs", "Fn::Equals", Intrinsics.CONDITION);

    static PropertyVisits of(Template template) {
        List<PropertyVisit> visits = new ArrayList<>();
        forEach(template, visits::add);
        return new PropertyVisits(visits);
    }

    /** The visits one by one, for a rule that keeps few of them. */
    static void forEach(Template template, Consumer<PropertyVisit> visits) {
        template.resources().forEach(resource -> forEach(resource, visits));
        forEachOutput(template, visits);
    }

    /** The visits under one resource's properties. */
    static void forEach(Resource resource, Consumer<PropertyVisit> visits) {
        boolean conditional = resource.attribute("Condition").isPresent();
        resource.propertiesNode().ifPresent(properties -> walk(properties, "Properties", Optional.of(resource), conditional, visits));
    }

    /** The visits under output values. */
    static void forEachOutput(Template template, Consumer<PropertyVisit> visits) {
        for (Declaration output : template.declarations(DeclarationKind.OUTPUT).values()) {
            Optional<MappingNode> body = output.mapping();
            boolean conditional = body.flatMap(b -> b.get("Condition")).isPresent();
            body.flatMap(b -> b.get("Value")).ifPresent(value -> walk(value, "Value", Optional.empty(), conditional, visits));
        }
    }

    private static void walk(TemplateNode node, String key, Optional<Resource> resource, boolean conditional, Consumer<PropertyVisit> visits) {
        visits.accept(new PropertyVisit(node, key, resource, conditional));
        if (node instanceof MappingNode mapping) {
            for (MappingEntry entry : mapping.entries()) {
                if (!entry.name().equals("Tags")) {
                    walk(entry.value(), entry.name(), resource, conditional, visits);
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            sequence.items().forEach(item -> walk(item, key, resource, conditional, visits));
        } else if (node instanceof IntrinsicNode call && !SKIPPED_FUNCTIONS.contains(call.function())) {
            if (call.is(Intrinsics.IF) && call.argument() instanceof SequenceNode arguments && arguments.items().size() == 3) {
                arguments.items().subList(1, 3).forEach(branch -> walk(branch, key, resource, true, visits));
            } else {
                walk(call.argument(), key, resource, conditional, visits);
            }
        }
    }
}
