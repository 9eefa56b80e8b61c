package dev.cfnlsp.rules.support;

import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.IntrinsicNode;
import dev.cfnlsp.template.Intrinsics;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One {@code Fn::FindInMap} call with a literal mapping name, and the values it can return. {@code hasDefault} is
 * true when the call carries a {@code DefaultValue} (AWS::LanguageExtensions), which covers missing keys.
 */
public record MapLookup(IntrinsicNode call, ScalarNode mapName, TemplateNode topKey, TemplateNode secondKey,
                        boolean hasDefault) {

    public static Optional<MapLookup> of(TemplateNode node) {
        if (!(node instanceof IntrinsicNode call) || !call.is(Intrinsics.FIND_IN_MAP)
                || !(call.argument() instanceof SequenceNode arguments) || arguments.items().size() < 3
                || !(arguments.items().get(0) instanceof ScalarNode name)) {
            return Optional.empty();
        }
        List<TemplateNode> items = arguments.items();
        return Optional.of(new MapLookup(call, name, items.get(1), items.get(2), items.size() > 3));
    }

    /** Whether the first key is {@code !Ref AWS::Region}: the mapping is a table with one row per region. */
    public boolean keyedByRegion() {
        return topKey instanceof IntrinsicNode ref && ref.is(Intrinsics.REF)
                && "AWS::Region".equals(ref.argument().scalarText());
    }

    /** The mapping declaration's body, when the template declares it. */
    public Optional<MappingNode> mapping(Template template) {
        return template.declaration(DeclarationKind.MAPPING, mapName.value()).flatMap(d -> d.mapping());
    }

    /** The value the call returns in the row {@code rowKey}; empty when the row or a literal second key is missing. */
    public Optional<TemplateNode> valueInRow(Template template, String rowKey) {
        Optional<MappingNode> row = mapping(template).flatMap(m -> m.mapping(rowKey));
        return secondKey instanceof ScalarNode key ? row.flatMap(r -> r.get(key.value())) : Optional.empty();
    }

    /** Every value the call may return: all rows and columns its literal keys do not rule out. */
    public List<TemplateNode> possibleValues(Template template) {
        List<TemplateNode> values = new ArrayList<>();
        mapping(template).ifPresent(table -> {
            for (TemplateNode row : selectedValues(table, topKey)) {
                if (row instanceof MappingNode columns) {
                    values.addAll(selectedValues(columns, secondKey));
                }
            }
        });
        return values;
    }

    private static List<TemplateNode> selectedValues(MappingNode mapping, TemplateNode key) {
        if (key instanceof ScalarNode literal) {
            return mapping.get(literal.value()).map(List::of).orElse(List.of());
        }
        return mapping.entries().stream().map(MappingEntry::value).toList();
    }
}
