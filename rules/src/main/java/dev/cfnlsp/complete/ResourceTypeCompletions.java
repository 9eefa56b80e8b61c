package dev.cfnlsp.complete;

import java.util.List;

/** Resource types for {@code Type:} in a resource, best matches of what was typed first. */
final class ResourceTypeCompletions implements CompletionSource {
    @Override
    public List<Completion> complete(CompletionInput input) {
        CursorContext cursor = input.cursor();
        if (cursor.slot() != Slot.VALUE || !cursor.is("Resources", CursorContext.ANY, "Type")) {
            return List.of();
        }
        return TypeNameRanking.rank(cursor.token().text(), AvailableTypes.of(input)).stream()
                .map(type -> Insertions.value(input, type, CompletionKind.RESOURCE_TYPE, null))
                .toList();
    }
}
