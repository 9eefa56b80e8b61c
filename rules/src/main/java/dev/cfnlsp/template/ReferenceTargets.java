package dev.cfnlsp.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A template's references indexed by the name they point at, in document order. A version re-parsed from an earlier
 * one updates the earlier index instead of indexing every reference again: only the lists of the names that the
 * replaced declarations referred to, before or after the edit, are made anew, and they override an index shared with
 * earlier versions until so many have that a fresh copy is cheaper.
 */
final class ReferenceTargets {
    /** More replaced declarations than this (an edit that moved the lines of all that follow) index afresh. */
    private static final int MOST_REPLACED = 64;

    private final Map<String, List<Reference>> shared;
    private final Map<String, List<Reference>> overrides;

    private ReferenceTargets(Map<String, List<Reference>> shared, Map<String, List<Reference>> overrides) {
        this.shared = shared;
        this.overrides = overrides;
    }

    static ReferenceTargets of(References references) {
        Map<String, List<Reference>> byTarget = new HashMap<>();
        for (Reference reference : references.all()) {
            byTarget.computeIfAbsent(reference.target(), k -> new ArrayList<>()).add(reference);
        }
        return new ReferenceTargets(byTarget, Map.of());
    }

    List<Reference> to(String name) {
        List<Reference> own = overrides.get(name);
        return own != null ? own : shared.getOrDefault(name, List.of());
    }

    /**
     * The index of {@code now}, made from this one, the index of {@code before}; empty when the two versions differ by
     * more than a few replaced declarations.
     */
    Optional<ReferenceTargets> updated(References before, References now) {
        List<Declaration> was = before.declarations();
        List<Declaration> is = now.declarations();
        if (was.size() != is.size()) {
            return Optional.empty();
        }
        Set<Reference> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<String, List<Reference>> added = new LinkedHashMap<>();
        int replaced = 0;
        for (int i = 0; i < is.size(); i++) {
            if (was.get(i).body() != is.get(i).body() || was.get(i).key() != is.get(i).key()) {
                if (++replaced > MOST_REPLACED) {
                    return Optional.empty();
                }
                dropped.addAll(before.madeIn(i));
                now.madeIn(i).forEach(r -> added.computeIfAbsent(r.target(), k -> new ArrayList<>()).add(r));
            }
        }
        dropped.addAll(before.undeclared());
        now.undeclared().forEach(r -> added.computeIfAbsent(r.target(), k -> new ArrayList<>()).add(r));
        Set<String> touched = new HashSet<>(added.keySet());
        dropped.forEach(r -> touched.add(r.target()));
        Map<String, List<Reference>> lists = new HashMap<>(overrides);
        for (String target : touched) {
            lists.put(target, merged(to(target), dropped, added.getOrDefault(target, List.of())));
        }
        if (lists.size() > MOST_REPLACED + shared.size() / 8) {
            Map<String, List<Reference>> copy = new HashMap<>(shared);
            copy.putAll(lists);
            return Optional.of(new ReferenceTargets(copy, Map.of()));
        }
        return Optional.of(new ReferenceTargets(shared, lists));
    }

    /** The earlier list without the dropped references, with the added ones where their declarations stand. */
    private static List<Reference> merged(List<Reference> earlier, Set<Reference> dropped, List<Reference> added) {
        List<Reference> merged = new ArrayList<>(earlier.size() + added.size());
        int next = 0;
        for (Reference kept : earlier) {
            if (!dropped.contains(kept)) {
                while (next < added.size() && madeBefore(added.get(next), kept)) {
                    merged.add(added.get(next++));
                }
                merged.add(kept);
            }
        }
        merged.addAll(added.subList(next, added.size()));
        return merged;
    }

    /**
     * Whether {@code a} comes before {@code b} in a template's references: declarations section by section in the
     * order of {@link DeclarationKind}, each section in document order, then the references outside every declaration.
     */
    private static boolean madeBefore(Reference a, Reference b) {
        if (a.from().isEmpty() || b.from().isEmpty()) {
            return b.from().isEmpty() && a.from().isPresent();
        }
        Declaration x = a.from().get();
        Declaration y = b.from().get();
        return x.kind() != y.kind() ? x.kind().ordinal() < y.kind().ordinal() : x.key().range().startsBefore(y.key().range());
    }
}
