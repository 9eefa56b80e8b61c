package dev.cfnlsp.hover;

import dev.cfnlsp.schema.ResourceSchema;
import dev.cfnlsp.schema.SchemaBundle;
import dev.cfnlsp.schema.SchemaPaths;
import dev.cfnlsp.schema.TypeDocumentation;
import dev.cfnlsp.schema.ValueSchema;
import dev.cfnlsp.template.Declaration;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.IntrinsicNode;
import dev.cfnlsp.template.Reference;
import dev.cfnlsp.template.SourcePosition;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplatePath;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a hover shows at a position: a resource type's or property's documentation and schema facts, an intrinsic
 * function's signature, a pseudo parameter, or what a Ref / GetAtt / Sub variable points at. Text comes from the
 * bundled AWS documentation; where it has none, only the facts of the schema are shown.
 */
public final class HoverText {
    private final Supplier<SchemaBundle> bundle;

    /** @param bundle read on the first hover, not when the server starts */
    public HoverText(Supplier<SchemaBundle> bundle) {
        this.bundle = bundle;
    }

    public Optional<HoverResult> at(Template template, SourcePosition position, List<String> regions) {
        for (Reference reference : template.references()) {
            if (reference.range().contains(position)) {
                return target(template, reference).map(text -> new HoverResult(reference.range(), text));
            }
            if (reference.attributeRange().filter(r -> r.contains(position)).isPresent()) {
                return attribute(template, reference).map(text -> new HoverResult(reference.attributeRange().get(), text));
            }
        }
        Optional<TemplatePath> path = TemplatePath.at(template, position);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        if (path.get().node() instanceof IntrinsicNode intrinsic && intrinsic.nameRange().contains(position)) {
            return IntrinsicDocs.function(intrinsic.function()).map(text -> new HoverResult(intrinsic.nameRange(), text));
        }
        List<Object> segments = path.get().segments();
        if (segments.size() == 3 && "Resources".equals(segments.get(0)) && "Type".equals(segments.get(2)) && !path.get().onKey()) {
            String type = path.get().node().scalarText();
            return Optional.ofNullable(type).flatMap(t -> resourceType(t, regions)).map(text -> new HoverResult(path.get().node().range(), text));
        }
        if (path.get().onKey() && path.get().propertyPath().isPresent()) {
            return property(template, path.get()).map(text -> new HoverResult(path.get().node().range(), text));
        }
        return Optional.empty();
    }

    private Optional<String> resourceType(String type, List<String> regions) {
        Optional<ResourceSchema> resource = schema().resourceSchema(type);
        if (resource.isEmpty()) {
            return Optional.empty();
        }
        Optional<TypeDocumentation> docs = schema().documentation(type);
        return Optional.of(new TypeDescription(resource.get(), docs, schema().regionsFor(type), regions).markdown());
    }

    private Optional<String> property(Template template, TemplatePath path) {
        String resourceName = (String) path.segments().get(1);
        Optional<String> type = template.resource(resourceName).flatMap(r -> r.type());
        Optional<ResourceSchema> resource = type.flatMap(schema()::resourceSchema);
        List<Object> propertyPath = path.propertyPath().orElseThrow();
        if (resource.isEmpty() || propertyPath.isEmpty()) {
            return Optional.empty();
        }
        String name = (String) propertyPath.get(propertyPath.size() - 1);
        Optional<ValueSchema> parent = SchemaPaths.resolve(resource.get(), propertyPath.subList(0, propertyPath.size() - 1));
        Optional<ValueSchema> value = parent.map(p -> p.properties().get(name));
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<TypeDocumentation> docs = schema().documentation(type.get());
        Optional<String> definition = parent.flatMap(ValueSchema::definitionName);
        Optional<String> description = docs.flatMap(d -> definition.isPresent()
                ? d.definitionPropertyDoc(definition.get(), name) : d.propertyDoc(name));
        Optional<String> url = docs.map(d -> definition.map(d::definitionUrl).orElse(d.referenceUrl()));
        return Optional.of(new PropertyDescription(name, type.get(), value.get(), parent.get().required().contains(name),
                isCreateOnly(resource.get(), propertyPath), description, url).markdown());
    }

    /** Create-only paths name list items with {@code *}. */
    private static boolean isCreateOnly(ResourceSchema resource, List<Object> propertyPath) {
        String dotted = String.join(".", propertyPath.stream()
                .filter(s -> !(s instanceof String name && name.startsWith("Fn::")))
                .map(s -> s instanceof Integer ? "*" : (String) s).toList());
        return resource.createOnlyProperties().contains(dotted);
    }

    private Optional<String> target(Template template, Reference reference) {
        if (reference.isPseudoParameter()) {
            return IntrinsicDocs.pseudoParameter(reference.target());
        }
        for (DeclarationKind kind : DeclarationKind.values()) {
            Optional<Declaration> declaration = template.declaration(kind, reference.target());
            if (declaration.isPresent() && kind != DeclarationKind.OUTPUT) {
                return Optional.of(DeclarationDescription.markdown(declaration.get(), schema()));
            }
        }
        return Optional.empty();
    }

    private Optional<String> attribute(Template template, Reference reference) {
        String attribute = reference.attribute().orElseThrow();
        Optional<String> type = template.resource(reference.target()).flatMap(r -> r.type());
        return type.map(t -> "### " + t + " attribute `" + attribute + "`"
                + schema().documentation(t).flatMap(d -> d.attributeDoc(attribute)).map(doc -> "\n\n" + doc).orElse(""));
    }

    private SchemaBundle schema() {
        return bundle.get();
    }

    static String codeList(Collection<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names.stream().map(n -> "`" + n + "`").toList());
    }
}
