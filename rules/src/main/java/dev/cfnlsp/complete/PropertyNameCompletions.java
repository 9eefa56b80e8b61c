package dev.cfnlsp.complete;

import dev.cfnlsp.schema.ResourceSchema;
import dev.cfnlsp.schema.SchemaPaths;
import dev.cfnlsp.schema.ValueSchema;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The properties of the enclosing resource type, or of the nested definition at the cursor: required ones first,
 * without those already written or read-only, each inserted with its value's layout.
 */
final class PropertyNameCompletions implements CompletionSource {
    @Override
    public List<Completion> complete(CompletionInput input) {
        CursorContext cursor = input.cursor();
        Optional<List<Object>> below = PropertyPaths.below(cursor);
        Optional<ResourceSchema> resource = EnclosingResource.schema(input);
        if (cursor.slot() != Slot.KEY || below.isEmpty() || resource.isEmpty()) {
            return List.of();
        }
        Optional<ValueSchema> mapping = SchemaPaths.resolve(resource.get(), below.get());
        if (mapping.isEmpty()) {
            return List.of();
        }
        ValueSchema schema = mapping.get();
        KeySnippets snippets = new KeySnippets(input);
        return schema.properties().entrySet().stream()
                .filter(property -> !cursor.presentKeys().contains(property.getKey()))
                .filter(property -> !resource.get().attributes().contains(PropertyPaths.dotted(below.get(), property.getKey())))
                .sorted(Comparator.comparing((Map.Entry<String, ValueSchema> p) -> !schema.required().contains(p.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .map(property -> Insertions.key(input, property.getKey(),
                        snippets.entry(KeySnippets.escape(property.getKey()), ValueShape.of(property.getValue()),
                                cursor.indent(), "$0"),
                        CompletionKind.PROPERTY, schema.required().contains(property.getKey()) ? "Required" : null))
                .toList();
    }
}
