package dev.cfnlsp.complete;

import dev.cfnlsp.schema.ResourceSchema;
import dev.cfnlsp.schema.ValueSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * New resources at a logical id under {@code Resources}: for the types best matching what was typed, a declaration
 * with a logical id to fill in, the type, and the type's required properties as tabstops.
 */
final class ResourceSnippetCompletions implements CompletionSource {
    /** Each snippet reads its type's schema, so only the best few matches get one. */
    private static final int MAX_SNIPPETS = 20;

    @Override
    public List<Completion> complete(CompletionInput input) {
        CursorContext cursor = input.cursor();
        if (cursor.slot() != Slot.KEY || !cursor.is("Resources") || cursor.token().text().isBlank()) {
            return List.of();
        }
        return TypeNameRanking.rank(cursor.token().text(), AvailableTypes.of(input)).stream()
                .limit(MAX_SNIPPETS)
                .map(type -> Insertions.key(input, type, snippet(input, type), CompletionKind.RESOURCE_SNIPPET, "New resource"))
                .toList();
    }

    private static String snippet(CompletionInput input, String type) {
        KeySnippets snippets = new KeySnippets(input);
        String indent = input.cursor().indent();
        String body = snippets.deeper(indent);
        String properties = snippets.deeper(body);
        List<String> required = new ArrayList<>();
        input.schemas().resourceSchema(type).map(ResourceSchema::properties).ifPresent(schema -> {
            for (String name : schema.properties().keySet().stream().filter(schema.required()::contains).sorted().toList()) {
                ValueSchema property = schema.properties().get(name);
                required.add(snippets.entry(KeySnippets.escape(name), ValueShape.of(property), properties,
                        "$" + (required.size() + 2)));
            }
        });
        String propertyValues = required.isEmpty() ? "$2" : snippets.join(required, properties);
        String declaration = snippets.join(List.of(
                snippets.entry("Type", ValueShape.SCALAR, body, snippets.scalar(type)),
                snippets.entry("Properties", ValueShape.OBJECT, body, propertyValues)), body);
        String logicalId = "${1:" + KeySnippets.escape(unusedLogicalId(type, input.cursor().presentKeys())) + "}";
        return snippets.entry(logicalId, ValueShape.OBJECT, indent, declaration);
    }

    /** The type's last segment ({@code Bucket}), numbered when a resource of that name exists. */
    private static String unusedLogicalId(String type, Set<String> taken) {
        String base = type.substring(type.lastIndexOf(':') + 1);
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + n;
        }
        return id;
    }
}
