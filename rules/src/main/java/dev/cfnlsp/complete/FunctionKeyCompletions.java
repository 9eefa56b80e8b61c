package dev.cfnlsp.complete;

import dev.cfnlsp.template.Intrinsics;
import dev.cfnlsp.template.TemplateFormat;
import java.util.List;
import java.util.Set;

/**
 * JSON's way to call a function, {@code {"Ref": ...}}: the long names as the key of an empty object that is the value
 * of a property or of an output, with the argument's brackets ready.
 */
final class FunctionKeyCompletions implements CompletionSource {
    /** Functions whose argument is usually one string, and those that take an object; the others take a list. */
    private static final Set<String> STRING_ARGUMENT = Set.of(Intrinsics.REF, Intrinsics.SUB, "Fn::Base64",
            "Fn::ImportValue", "Fn::GetAZs");
    private static final Set<String> OBJECT_ARGUMENT = Set.of("Fn::Transform", "Fn::ToJsonString");

    @Override
    public List<Completion> complete(CompletionInput input) {
        CursorContext cursor = input.cursor();
        boolean value = PropertyPaths.below(cursor).filter(below -> !below.isEmpty()).isPresent()
                || cursor.is("Outputs", CursorContext.ANY, "Value");
        if (input.format() != TemplateFormat.JSON || cursor.slot() != Slot.KEY || !value || !cursor.presentKeys().isEmpty()) {
            return List.of();
        }
        return Intrinsics.valueFunctions().stream()
                .map(name -> Insertions.key(input, name, "\"" + name + "\": " + argument(name), CompletionKind.FUNCTION,
                        "Intrinsic function"))
                .toList();
    }

    private static String argument(String function) {
        return STRING_ARGUMENT.contains(function) ? "\"$0\"" : OBJECT_ARGUMENT.contains(function) ? "{$0}" : "[$0]";
    }
}
