package dev.cfnlsp.schema;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * IAM actions per service prefix and whether each supports resource-level permissions. The bundle holds each service's
 * actions as two space-separated lists; a service's are split into a map only when it is first asked about.
 */
final class IamActionCatalog {

    /** The two action lists of one service prefix, as stored in the bundle. */
    record ServiceActions(String scoped, String unscoped) {
    }

    private final Map<String, ServiceActions> actionsByPrefix;
    private final ConcurrentMap<String, SortedMap<String, Boolean>> scopeByActionByPrefix = new ConcurrentHashMap<>();

    IamActionCatalog(Map<String, ServiceActions> actionsByPrefix) {
        this.actionsByPrefix = actionsByPrefix;
    }

    /** @param action {@code prefix:Name}, any case */
    Optional<Boolean> supportsResourceScope(String action) {
        int colon = action.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String name = action.substring(colon + 1).toLowerCase(Locale.ROOT);
        return Optional.ofNullable(scopeByAction(action.substring(0, colon)).get(name));
    }

    /** Lower-case action names without the prefix, sorted. */
    Set<String> actions(String prefix) {
        return scopeByAction(prefix).keySet();
    }

    private SortedMap<String, Boolean> scopeByAction(String prefix) {
        ServiceActions actions = actionsByPrefix.get(prefix.toLowerCase(Locale.ROOT));
        if (actions == null) {
            return Collections.emptySortedMap();
        }
        return scopeByActionByPrefix.computeIfAbsent(prefix.toLowerCase(Locale.ROOT), unused -> split(actions));
    }

    private static SortedMap<String, Boolean> split(ServiceActions actions) {
        SortedMap<String, Boolean> scopeByAction = new TreeMap<>();
        addAll(scopeByAction, actions.scoped(), true);
        addAll(scopeByAction, actions.unscoped(), false);
        return Collections.unmodifiableSortedMap(scopeByAction);
    }

    private static void addAll(SortedMap<String, Boolean> scopeByAction, String names, boolean scoped) {
        for (String name : names.split(" ")) {
            if (!name.isEmpty()) {
                scopeByAction.put(name, scoped);
            }
        }
    }
}
