package dev.cfnlsp.complete;

import dev.cfnlsp.template.Intrinsics;
import dev.cfnlsp.template.TemplateFormat;
import java.util.List;

/** YAML's short-form function tags ({@code !Ref}, {@code !Sub}...) where a value being typed starts with {@code !}. */
final class TagCompletions implements CompletionSource {
    @Override
    public List<Completion> complete(CompletionInput input) {
        CursorContext cursor = input.cursor();
        if (cursor.slot() != Slot.VALUE || input.format() != TemplateFormat.YAML || !cursor.token().text().startsWith("!")) {
            return List.of();
        }
        return Intrinsics.tags(cursor.startsWith("Rules")).stream()
                .map(tag -> Insertions.literal(input, tag, CompletionKind.FUNCTION, Intrinsics.forTag(tag).orElseThrow()))
                .toList();
    }
}
