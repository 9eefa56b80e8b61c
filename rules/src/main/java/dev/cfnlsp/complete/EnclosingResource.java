package dev.cfnlsp.complete;

import dev.cfnlsp.schema.ResourceSchema;
import dev.cfnlsp.template.Resource;
import java.util.Optional;

/** The resource declaration the cursor is in, and its type. */
final class EnclosingResource {
    private static final int BODY_DEPTH = 2;

    private EnclosingResource() {
    }

    static Optional<String> logicalId(CursorContext cursor) {
        return cursor.startsWith("Resources") && cursor.path().size() >= 2 && cursor.path().get(1) instanceof String id
                ? Optional.of(id) : Optional.empty();
    }

    /** As written in the current text, else as the last model that parsed says (a new resource is only in the text). */
    static Optional<String> type(CompletionInput input) {
        return logicalId(input.cursor()).flatMap(id -> input.cursor().scalarInText(BODY_DEPTH, "Type")
                .or(() -> input.model().resource(id).flatMap(Resource::type)));
    }

    static Optional<ResourceSchema> schema(CompletionInput input) {
        return type(input).flatMap(input.schemas()::resourceSchema);
    }
}
