package dev.cfnlsp.complete;

import dev.cfnlsp.schema.ResourceSchema;
import dev.cfnlsp.template.Declaration;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.PseudoParameters;
import dev.cfnlsp.template.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The names a reference may use, from the last model that parsed, as completion items. */
final class DeclaredNames {
    private DeclaredNames() {
    }

    /** What {@code Ref} and {@code ${Name}} accept: parameters, resources (not the one being edited) and pseudo parameters. */
    static List<Completion> refTargets(CompletionInput input, boolean withResources, Naming naming) {
        List<Completion> items = new ArrayList<>();
        for (Declaration parameter : input.model().declarations(DeclarationKind.PARAMETER).values()) {
            String type = parameter.mapping().flatMap(m -> m.text("Type")).orElse(null);
            items.add(naming.item(parameter.name(), CompletionKind.PARAMETER, type == null ? "Parameter" : "Parameter (" + type + ")"));
        }
        if (withResources) {
            items.addAll(resources(input, naming));
        }
        PseudoParameters.NAMES.stream().sorted()
                .forEach(name -> items.add(naming.item(name, CompletionKind.PSEUDO_PARAMETER, "Pseudo parameter")));
        return items;
    }

    /** Every resource but the one the cursor is in, with its type as detail. */
    static List<Completion> resources(CompletionInput input, Naming naming) {
        Optional<String> self = EnclosingResource.logicalId(input.cursor());
        return input.model().resources().stream()
                .filter(resource -> self.filter(resource.name()::equals).isEmpty())
                .map(resource -> naming.item(resource.name(), CompletionKind.RESOURCE, resource.type().orElse("Resource")))
                .toList();
    }

    /** The attributes {@code Fn::GetAtt} offers for a resource, sorted; empty for an unknown resource or type. */
    static List<String> attributes(CompletionInput input, String logicalId) {
        return input.model().resource(logicalId).flatMap(Resource::type)
                .flatMap(input.schemas()::resourceSchema)
                .map(ResourceSchema::attributes)
                .map(attributes -> attributes.stream().sorted().toList())
                .orElse(List.of());
    }

    static List<String> conditions(CompletionInput input) {
        return List.copyOf(input.model().declarations(DeclarationKind.CONDITION).keySet());
    }

    /** The keys of a mapping declared in {@code Mappings}, or of one of its top-level keys. */
    static List<String> mappingKeys(CompletionInput input, String mapping, String... below) {
        Optional<MappingNode> node = input.model().declaration(DeclarationKind.MAPPING, mapping).flatMap(Declaration::mapping);
        for (String key : below) {
            node = node.flatMap(m -> m.mapping(key));
        }
        return node.map(m -> m.entries().stream().map(MappingEntry::name).toList()).orElse(List.of());
    }

    /** How a source turns a name into an item: a whole value, or the text after {@code ${}. */
    interface Naming {
        Completion item(String name, CompletionKind kind, String detail);
    }
}
