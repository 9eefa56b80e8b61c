package dev.cfnlsp.complete;

import java.util.List;

/** Resource names for {@code DependsOn}, a single name or a list, without the resource itself or names already listed. */
final class DependsOnCompletions implements CompletionSource {
    @Override
    public List<Completion> complete(CompletionInput input) {
        CursorContext cursor = input.cursor();
        boolean dependsOn = cursor.is("Resources", CursorContext.ANY, "DependsOn")
                || cursor.is("Resources", CursorContext.ANY, "DependsOn", CursorContext.ANY) && cursor.lastIndex().isPresent();
        if (cursor.slot() != Slot.VALUE || !dependsOn) {
            return List.of();
        }
        return DeclaredNames.resources(input, (name, kind, detail) -> Insertions.value(input, name, kind, detail)).stream()
                .filter(item -> !cursor.previousItems().contains(item.label()))
                .toList();
    }
}
