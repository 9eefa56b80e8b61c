package dev.cfnlsp.bench.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the ordered mappings and sequences of a generated template; values are scalars, {@link Fn}s or more of these. */
final class Tree {
    private Tree() {
    }

    /** A mapping from alternating keys and values, in that order. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static List<Object> list(Object... items) {
        return List.of(items);
    }
}
