package dev.cfnlsp.complete;

import dev.cfnlsp.template.Intrinsics;
import java.util.List;

/**
 * {@code Fn::GetAtt}: resource names, then that resource's attributes — after the dot of {@code Bucket.Arn}, or as the
 * second item of {@code [Bucket, Arn]}.
 */
final class GetAttCompletions implements CompletionSource {
    @Override
    public List<Completion> complete(CompletionInput input) {
        CursorContext cursor = input.cursor();
        if (cursor.slot() != Slot.VALUE) {
            return List.of();
        }
        if (cursor.endsWith(Intrinsics.GET_ATT)) {
            Token token = cursor.token();
            int dot = token.text().indexOf('.');
            if (dot < 0) {
                return resources(input);
            }
            String resource = token.text().substring(0, dot);
            return DeclaredNames.attributes(input, resource).stream()
                    .map(attribute -> Insertions.within(input, token.start() + dot + 1, attribute, attribute,
                            CompletionKind.ATTRIBUTE, null))
                    .toList();
        }
        if (cursor.endsWith(Intrinsics.GET_ATT, 0)) {
            return resources(input);
        }
        if (cursor.endsWith(Intrinsics.GET_ATT, 1) && !cursor.previousItems().isEmpty()) {
            return DeclaredNames.attributes(input, cursor.previousItems().get(0)).stream()
                    .map(attribute -> Insertions.value(input, attribute, CompletionKind.ATTRIBUTE, null))
                    .toList();
        }
        return List.of();
    }

    private static List<Completion> resources(CompletionInput input) {
        return DeclaredNames.resources(input, (name, kind, detail) -> Insertions.value(input, name, kind, detail));
    }
}
