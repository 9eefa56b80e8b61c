package dev.cfnlsp.complete;

import dev.cfnlsp.template.Intrinsics;
import java.util.List;

/** {@code Ref} targets: parameters, resources (not in {@code Conditions}, where only parameters count) and pseudo parameters. */
final class RefCompletions implements CompletionSource {
    @Override
    public List<Completion> complete(CompletionInput input) {
        CursorContext cursor = input.cursor();
        if (cursor.slot() != Slot.VALUE || !cursor.endsWith(Intrinsics.REF)) {
            return List.of();
        }
        return DeclaredNames.refTargets(input, !cursor.startsWith("Conditions"),
                (name, kind, detail) -> Insertions.value(input, name, kind, detail));
    }
}
