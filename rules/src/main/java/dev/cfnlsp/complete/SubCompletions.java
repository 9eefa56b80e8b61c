package dev.cfnlsp.complete;

import dev.cfnlsp.template.Intrinsics;
import java.util.List;

/**
 * Variables inside {@code ${…}} in an {@code Fn::Sub} string: parameters, resources and pseudo parameters, then after
 * {@code Res.} that resource's attributes. The closing brace is added unless the editor already did.
 */
final class SubCompletions implements CompletionSource {
    private static final String OPEN = "${";

    @Override
    public List<Completion> complete(CompletionInput input) {
        CursorContext cursor = input.cursor();
        if (cursor.slot() != Slot.VALUE || !(cursor.endsWith(Intrinsics.SUB) || cursor.endsWith(Intrinsics.SUB, 0))) {
            return List.of();
        }
        Token token = cursor.token();
        int open = token.text().lastIndexOf(OPEN);
        if (open < 0) {
            return List.of();
        }
        String variable = token.text().substring(open + OPEN.length());
        if (variable.contains("}") || variable.startsWith("!")) {
            return List.of();
        }
        int variableStart = token.start() + open + OPEN.length();
        String close = input.text().startsWith("}", token.end()) ? "" : "}";
        int dot = variable.indexOf('.');
        if (dot >= 0) {
            return DeclaredNames.attributes(input, variable.substring(0, dot)).stream()
                    .map(attribute -> Insertions.within(input, variableStart + dot + 1, attribute, attribute + close,
                            CompletionKind.ATTRIBUTE, null))
                    .toList();
        }
        return DeclaredNames.refTargets(input, true,
                (name, kind, detail) -> Insertions.within(input, variableStart, name, name + close, kind, detail));
    }
}
