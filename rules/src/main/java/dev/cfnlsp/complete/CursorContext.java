package dev.cfnlsp.complete;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the cursor is, read from the text alone: the key path in {@link dev.cfnlsp.template.TemplatePath}'s shape
 * (keys, list indexes, intrinsic functions by long name) and whether a key or a value is being typed there.
 * For a key, {@code path} leads to the mapping that receives it; for a value, to the value itself.
 *
 * @param scopes         for each path segment, the scalar entries of the mapping that holds it, as written in the
 *                       text (empty for lists and intrinsic functions); for a key one more, the receiving mapping
 * @param previousItems  the scalars before the cursor in the enclosing flow list ({@code [Bucket, |]})
 * @param indent         the indentation of a new key's line, for values that continue on the next lines
 * @param flow           whether a YAML key goes into a flow mapping ({@code {Key: value}}) rather than a block
 */
record CursorContext(Slot slot, List<Object> path, List<Map<String, String>> scopes, Token token,
                     List<String> previousItems, String indent, boolean flow) {

    /** A wildcard for one segment in {@link #startsWith}, {@link #is} and {@link #endsWith}. */
    static final Object ANY = new Object();

    CursorContext {
        path = List.copyOf(path);
        scopes = List.copyOf(scopes);
        previousItems = List.copyOf(previousItems);
    }

    /** The keys already in the mapping that receives a key. */
    Set<String> presentKeys() {
        return slot == Slot.KEY && !scopes.isEmpty() ? scopes.get(scopes.size() - 1).keySet() : Set.of();
    }

    /** The scalar written for {@code key} in the mapping at {@code depth}, when the text shows one. */
    Optional<String> scalarInText(int depth, String key) {
        return depth < scopes.size() ? Optional.ofNullable(scopes.get(depth).get(key)).filter(v -> !v.isBlank())
                : Optional.empty();
    }

    boolean startsWith(Object... prefix) {
        return matchesAt(0, prefix);
    }

    boolean is(Object... segments) {
        return path.size() == segments.length && matchesAt(0, segments);
    }

    boolean endsWith(Object... suffix) {
        return matchesAt(path.size() - suffix.length, suffix);
    }

    private boolean matchesAt(int offset, Object[] segments) {
        if (offset < 0 || offset + segments.length > path.size()) {
            return false;
        }
        for (int i = 0; i < segments.length; i++) {
            if (segments[i] != ANY && !segments[i].equals(path.get(offset + i))) {
                return false;
            }
        }
        return true;
    }

    /** The list index of the last segment, when the value is an item of a list. */
    Optional<Integer> lastIndex() {
        return !path.isEmpty() && path.get(path.size() - 1) instanceof Integer index ? Optional.of(index) : Optional.empty();
    }
}
