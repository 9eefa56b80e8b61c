package dev.cfnlsp.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A version's references, in document order, also grouped as they are collected: by declaration, by the resource
 * they are made in, and by the body of the declaration they are made in. A re-parsed version shares the very nodes
 * of every declaration the edit left in place, so it takes their references over by body instead of walking them
 * again.
 */
final class References {
    static final References NONE = new Builder(0).build();

    private final List<Reference> all;
    private final List<Declaration> declarations;
    /** The references made in each of {@link #declarations}, in the same order. */
    private final List<List<Reference>> byDeclaration;
    /** The references made outside every declaration (e.g. in Metadata or Rules). */
    private final List<Reference> undeclared;
    private final List<Reference> outsideResources;
    private final Map<String, List<Reference>> byResource;
    private final Map<TemplateNode, List<Reference>> byBody;

    private References(Builder built) {
        this.all = Collections.unmodifiableList(built.all);
        this.declarations = built.declarations;
        this.byDeclaration = built.byDeclaration;
        this.undeclared = built.undeclared;
        this.outsideResources = Collections.unmodifiableList(built.outsideResources);
        this.byResource = built.byResource;
        this.byBody = built.byBody;
    }

    List<Reference> all() {
        return all;
    }

    /** The references made outside the Resources section, in document order. */
    List<Reference> outsideResources() {
        return outsideResources;
    }

    /** The references made in one resource, in document order. */
    List<Reference> from(String resource) {
        return byResource.getOrDefault(resource, List.of());
    }

    /** The references of an earlier version's declaration whose body is the very same node, if there is one. */
    Optional<List<Reference>> of(Declaration declaration) {
        return Optional.ofNullable(byBody.get(declaration.body()));
    }

    List<Declaration> declarations() {
        return declarations;
    }

    List<Reference> madeIn(int declaration) {
        return byDeclaration.get(declaration);
    }

    List<Reference> undeclared() {
        return undeclared;
    }

    /** Collects references declaration by declaration; the ones made outside every declaration come last. */
    static final class Builder {
        private final List<Reference> all = new ArrayList<>();
        private final List<Declaration> declarations;
        private final List<List<Reference>> byDeclaration;
        private List<Reference> undeclared = List.of();
        private final List<Reference> outsideResources = new ArrayList<>();
        private final Map<String, List<Reference>> byResource = new HashMap<>();
        private final Map<TemplateNode, List<Reference>> byBody;

        Builder(int declarations) {
            this.declarations = new ArrayList<>(declarations);
            this.byDeclaration = new ArrayList<>(declarations);
            this.byBody = new IdentityHashMap<>(declarations);
        }

        void add(Declaration declaration, List<Reference> references) {
            all.addAll(references);
            declarations.add(declaration);
            byDeclaration.add(references);
            byBody.put(declaration.body(), references);
            if (declaration.kind() == DeclarationKind.RESOURCE) {
                byResource.merge(declaration.name(), references, Builder::concat);
            } else {
                outsideResources.addAll(references);
            }
        }

        void addUndeclared(List<Reference> references) {
            all.addAll(references);
            outsideResources.addAll(references);
            undeclared = Collections.unmodifiableList(references);
        }

        References build() {
            return new References(this);
        }

        /** Repeated logical ids (a duplicate key, reported elsewhere) keep the references of both. */
        private static List<Reference> concat(List<Reference> first, List<Reference> second) {
            List<Reference> both = new ArrayList<>(first);
            both.addAll(second);
            return both;
        }
    }
}
