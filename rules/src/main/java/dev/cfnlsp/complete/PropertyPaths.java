package dev.cfnlsp.complete;

import dev.cfnlsp.template.Intrinsics;
import java.util.List;
import java.util.Optional;

/** The path below a resource's {@code Properties} where a literal property value or key is written. */
final class PropertyPaths {
    private static final int PROPERTIES_DEPTH = 3;

    private PropertyPaths() {
    }

    /**
     * The segments after {@code Resources, <id>, Properties}; empty when the cursor is elsewhere or inside an
     * intrinsic function's argument (other than a branch of {@code Fn::If}, which keeps the property's shape).
     */
    static Optional<List<Object>> below(CursorContext cursor) {
        if (!cursor.startsWith("Resources", CursorContext.ANY, "Properties")) {
            return Optional.empty();
        }
        List<Object> below = cursor.path().subList(PROPERTIES_DEPTH, cursor.path().size());
        for (int i = 0; i < below.size(); i++) {
            if (below.get(i) instanceof String name && Intrinsics.isFunctionKey(name) && !isIfBranch(below, i)) {
                return Optional.empty();
            }
        }
        return Optional.of(below);
    }

    private static boolean isIfBranch(List<Object> path, int i) {
        return Intrinsics.IF.equals(path.get(i)) && i + 1 < path.size() && path.get(i + 1) instanceof Integer index
                && index > 0;
    }

    /** The dotted name of a nested property, as read-only attributes are named ({@code Endpoint.Address}). */
    static String dotted(List<Object> below, String name) {
        StringBuilder dotted = new StringBuilder();
        for (int i = 0; i < below.size(); i++) {
            if (below.get(i) instanceof String key && !isIfBranch(below, i)) {
                dotted.append(key).append('.');
            }
        }
        return dotted.append(name).toString();
    }
}
