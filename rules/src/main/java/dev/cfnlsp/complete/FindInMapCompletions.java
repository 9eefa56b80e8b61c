package dev.cfnlsp.complete;

import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.Intrinsics;
import java.util.List;

/** {@code Fn::FindInMap} arguments: mapping names, then that mapping's top-level keys, then the keys below those. */
final class FindInMapCompletions implements CompletionSource {
    @Override
    public List<Completion> complete(CompletionInput input) {
        CursorContext cursor = input.cursor();
        if (cursor.slot() != Slot.VALUE || !cursor.endsWith(Intrinsics.FIND_IN_MAP, CursorContext.ANY)
                || cursor.lastIndex().isEmpty()) {
            return List.of();
        }
        int argument = cursor.lastIndex().get();
        List<String> before = cursor.previousItems();
        if (argument == 0) {
            return items(input, List.copyOf(input.model().declarations(DeclarationKind.MAPPING).keySet()), CompletionKind.MAPPING);
        }
        if (argument == 1 && before.size() == 1) {
            return items(input, DeclaredNames.mappingKeys(input, before.get(0)), CompletionKind.MAPPING_KEY);
        }
        if (argument == 2 && before.size() == 2) {
            return items(input, DeclaredNames.mappingKeys(input, before.get(0), before.get(1)), CompletionKind.MAPPING_KEY);
        }
        return List.of();
    }

    private static List<Completion> items(CompletionInput input, List<String> names, CompletionKind kind) {
        return names.stream().map(name -> Insertions.value(input, name, kind, null)).toList();
    }
}
