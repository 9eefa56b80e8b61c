package dev.cfnlsp.complete;

import dev.cfnlsp.template.Intrinsics;
import java.util.List;

/**
 * Condition names: for a resource's or output's {@code Condition}, the first argument of {@code Fn::If}, and
 * {@code Condition} references inside the {@code Conditions} section (not the condition being defined).
 */
final class ConditionCompletions implements CompletionSource {
    @Override
    public List<Completion> complete(CompletionInput input) {
        CursorContext cursor = input.cursor();
        boolean condition = cursor.is("Resources", CursorContext.ANY, Intrinsics.CONDITION)
                || cursor.is("Outputs", CursorContext.ANY, Intrinsics.CONDITION)
                || cursor.endsWith(Intrinsics.IF, 0)
                || cursor.startsWith("Conditions") && cursor.endsWith(Intrinsics.CONDITION);
        if (cursor.slot() != Slot.VALUE || !condition) {
            return List.of();
        }
        Object defined = cursor.startsWith("Conditions") && cursor.path().size() > 1 ? cursor.path().get(1) : null;
        return DeclaredNames.conditions(input).stream()
                .filter(name -> !name.equals(defined))
                .map(name -> Insertions.value(input, name, CompletionKind.CONDITION, null))
                .toList();
    }
}
