package dev.cfnlsp.complete;

import dev.cfnlsp.schema.JsonType;
import dev.cfnlsp.schema.SchemaPaths;
import dev.cfnlsp.schema.ValueSchema;
import java.util.List;
import java.util.Optional;

/** The allowed values of a property with an enum, or {@code true} and {@code false} for a boolean one. */
final class PropertyValueCompletions implements CompletionSource {
    @Override
    public List<Completion> complete(CompletionInput input) {
        Optional<List<Object>> below = PropertyPaths.below(input.cursor());
        if (input.cursor().slot() != Slot.VALUE || below.isEmpty() || below.get().isEmpty()) {
            return List.of();
        }
        Optional<ValueSchema> value = EnclosingResource.schema(input).flatMap(schema -> SchemaPaths.resolve(schema, below.get()));
        if (value.isEmpty()) {
            return List.of();
        }
        if (!value.get().enumValues().isEmpty()) {
            return value.get().enumValues().stream()
                    .map(allowed -> Insertions.value(input, allowed, CompletionKind.VALUE, null))
                    .toList();
        }
        if (value.get().types().contains(JsonType.BOOLEAN)) {
            return List.of(Insertions.literal(input, "true", CompletionKind.VALUE, null),
                    Insertions.literal(input, "false", CompletionKind.VALUE, null));
        }
        return List.of();
    }
}
