package dev.cfnlsp.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The immutable model of one document version: its text, the node tree with exact ranges, the declared logical ids
 * and every reference between them. Built once per version; every feature reads the same instance.
 */
public final class Template {
    /** Keys like {@code Fn::ForEach::Buckets} (AWS::LanguageExtensions) are loops that expand into declarations. */
    public static final String FOR_EACH_PREFIX = "Fn::ForEach::";

    private final String uri;
    private final String text;
    private final TemplateFormat format;
    private final LineIndex lines;
    private final Optional<TemplateNode> root;
    private final List<ParseProblem> problems;
    private final boolean cloudFormation;
    private final Map<DeclarationKind, Map<String, Declaration>> declarations;
    private final List<Resource> resources;
    private final Map<String, List<Resource>> resourcesByType;
    /** Every resource, also in a template focused on a few: lookups by name see them all. */
    private final Map<String, Resource> resourcesByName;
    private final Memo derived;
    private final boolean focused;
    private final boolean aliased;
    private final boolean resourceLoops;
    private final boolean resourcesOneByOne;
    private final Optional<Revision> revision;
    private final References references;

    Template(String uri, String text, TemplateFormat format, LineIndex lines, Optional<TemplateNode> root,
             List<ParseProblem> problems) {
        this(uri, text, format, lines, root, problems, Optional.empty(), false, Optional.empty());
    }

    /**
     * @param earlier the version this one was re-parsed from in part: the declarations they share (the very same nodes)
     *                keep their resource view and references
     * @param aliased whether a YAML alias repeats a value written elsewhere
     */
    Template(String uri, String text, TemplateFormat format, LineIndex lines, Optional<TemplateNode> root,
             List<ParseProblem> problems, Optional<Template> earlier, boolean aliased, Optional<Revision> revision) {
        this.uri = uri;
        this.text = text;
        this.format = format;
        this.lines = lines;
        this.root = root;
        this.problems = List.copyOf(problems);
        Optional<MappingNode> rootMapping = rootMapping(root);
        this.cloudFormation = root.isPresent() ? TemplateDetector.isTemplate(rootMapping) : mayBeTemplate(text, problems);
        List<Declaration> all = rootMapping.map(r -> allDeclarations(r, earlier)).orElse(List.of());
        this.declarations = indexDeclarations(all);
        this.resources = declarations.get(DeclarationKind.RESOURCE).values().stream().map(d -> resourceOf(d, earlier)).toList();
        this.resourcesByType = byType(resources);
        this.resourcesByName = resources.stream().collect(Collectors.toUnmodifiableMap(Resource::name, r -> r));
        long resourceEntries = rootMapping.flatMap(r -> r.mapping(DeclarationKind.RESOURCE.section())).map(s -> s.entries().size()).orElse(0);
        long resourceDeclarations = all.stream().filter(d -> d.kind() == DeclarationKind.RESOURCE).count();
        this.resourceLoops = resourceEntries > resourceDeclarations;
        long resourceSections = rootMapping.map(r -> r.entries().stream()
                .filter(section -> section.name().equals(DeclarationKind.RESOURCE.section())).count()).orElse(0L);
        this.resourcesOneByOne = !resourceLoops && resourceDeclarations == resources.size() && resourceSections <= 1;
        this.derived = new Memo();
        this.focused = false;
        this.aliased = aliased;
        this.revision = revision;
        References earlierReferences = earlier.map(Template::referenceIndex).orElse(References.NONE);
        this.references = rootMapping.map(r -> ReferenceCollector.collect(r, all, text, lines, earlierReferences)).orElse(References.NONE);
        earlier.flatMap(e -> e.derived.known(ReferenceTargets.class).flatMap(targets -> targets.updated(e.references, references)))
                .ifPresent(targets -> derived.get(ReferenceTargets.class, () -> targets));
    }

    private Template(Template whole, List<Resource> visible) {
        this.uri = whole.uri;
        this.text = whole.text;
        this.format = whole.format;
        this.lines = whole.lines;
        this.root = whole.root;
        this.problems = whole.problems;
        this.cloudFormation = whole.cloudFormation;
        this.declarations = whole.declarations;
        this.references = whole.references;
        this.resources = visible;
        this.resourcesByType = byType(visible);
        this.resourcesByName = whole.resourcesByName;
        this.derived = whole.derived;
        this.focused = true;
        this.aliased = whole.aliased;
        this.resourceLoops = whole.resourceLoops;
        this.resourcesOneByOne = whole.resourcesOneByOne;
        this.revision = whole.revision;
    }

    /**
     * Whether a YAML alias repeats a value written elsewhere: then a part of the text can change the meaning of
     * another part whose text did not change, and nothing found in the earlier version may be reused.
     */
    /** The edit that made this version from the previous one, when it was re-parsed from it in part. */
    public Optional<Revision> revision() {
        return revision;
    }

    public boolean isAliased() {
        return aliased;
    }

    /** Whether Resources holds {@code Fn::ForEach} loops, which declare resources only once expanded. */
    public boolean hasResourceLoops() {
        return resourceLoops;
    }

    /**
     * Whether all of Resources belongs to its declared resources, so that it can be analysed one resource at a time:
     * not when a logical id is declared twice or Resources appears twice (duplicate keys, the earlier one shadowed), nor
     * when it holds {@code Fn::ForEach} loops.
     */
    public boolean resourcesOneByOne() {
        return resourcesOneByOne;
    }

    /**
     * The same template with only these resources in {@link #resources()} and {@link #resourcesOfType}, for
     * re-running per-resource rules on a few resources; lookups by name still see every declaration.
     */
    public Template focusedOn(Set<String> resourceNames) {
        return new Template(this, resources.stream().filter(r -> resourceNames.contains(r.name())).toList());
    }

    /**
     * The references analysis covers: all of them, or for a {@link #focusedOn focused} template those made outside
     * Resources and in the resources in focus.
     */
    public List<Reference> referencesInScope() {
        if (!focused) {
            return references.all();
        }
        List<Reference> inScope = new ArrayList<>(references.outsideResources());
        resources.forEach(resource -> inScope.addAll(referencesFrom(resource.name())));
        return inScope;
    }

    /** The values analysis walks: the root, or for a focused template the other sections and the resources in focus. */
    public List<TemplateNode> scope() {
        if (!focused) {
            return root.stream().toList();
        }
        List<TemplateNode> scope = new ArrayList<>();
        rootMapping().ifPresent(r -> r.entries().stream()
                .filter(section -> !section.name().equals(DeclarationKind.RESOURCE.section()))
                .forEach(section -> scope.add(section.value())));
        resources.forEach(resource -> scope.add(resource.declaration().body()));
        return scope;
    }

    /**
     * A value computed once per version from its text and tree alone, such as the document's style; never from
     * {@link #resources()}, which a focused template narrows while sharing these values with the whole.
     */
    public <T> T derived(Class<T> type, Function<Template, T> compute) {
        return derived.get(type, () -> compute.apply(this));
    }

    private static Map<String, List<Resource>> byType(List<Resource> resources) {
        return resources.stream().filter(r -> r.type().isPresent())
                .collect(Collectors.groupingBy(r -> r.type().get(), LinkedHashMap::new, Collectors.toUnmodifiableList()));
    }

    /** Without a tree we cannot tell; a refused (over-limit) document is reported rather than silently skipped. */
    private static boolean mayBeTemplate(String text, List<ParseProblem> problems) {
        return TemplateDetector.looksLikeTemplate(text) || problems.stream().anyMatch(p -> p.kind() == ParseProblem.Kind.LIMIT);
    }

    private static Optional<MappingNode> rootMapping(Optional<TemplateNode> root) {
        return root.filter(MappingNode.class::isInstance).map(MappingNode.class::cast);
    }

    private static Map<DeclarationKind, Map<String, Declaration>> indexDeclarations(List<Declaration> all) {
        Map<DeclarationKind, Map<String, Declaration>> index = new EnumMap<>(DeclarationKind.class);
        for (DeclarationKind kind : DeclarationKind.values()) {
            index.put(kind, new LinkedHashMap<>());
        }
        all.forEach(d -> index.get(d.kind()).put(d.name(), d));
        index.replaceAll((kind, byName) -> Collections.unmodifiableMap(byName));
        return index;
    }

    /**
     * Every declaration in source order, repeated logical ids included (their references still count); a resource
     * the earlier version declared with the very same nodes keeps its declaration object.
     */
    private static List<Declaration> allDeclarations(MappingNode root, Optional<Template> earlier) {
        List<Declaration> all = new ArrayList<>();
        for (DeclarationKind kind : DeclarationKind.values()) {
            root.mapping(kind.section()).ifPresent(section -> {
                for (MappingEntry entry : section.entries()) {
                    if (!entry.name().startsWith(FOR_EACH_PREFIX)) {
                        all.add(kind == DeclarationKind.RESOURCE ? resourceDeclaration(entry, earlier)
                                : new Declaration(kind, entry.key(), entry.value()));
                    }
                }
            });
        }
        return all;
    }

    private static Declaration resourceDeclaration(MappingEntry entry, Optional<Template> earlier) {
        if (earlier.isPresent()) {
            Resource before = earlier.get().resourcesByName.get(entry.name());
            if (before != null && before.key() == entry.key() && before.declaration().body() == entry.value()) {
                return before.declaration();
            }
        }
        return new Declaration(DeclarationKind.RESOURCE, entry.key(), entry.value());
    }

    private static Resource resourceOf(Declaration declaration, Optional<Template> earlier) {
        Resource before = earlier.map(e -> e.resourcesByName.get(declaration.name())).orElse(null);
        return before != null && before.declaration() == declaration ? before : new Resource(declaration);
    }

    public String uri() {
        return uri;
    }

    public String text() {
        return text;
    }

    public TemplateFormat format() {
        return format;
    }

    public LineIndex lines() {
        return lines;
    }

    public Optional<TemplateNode> root() {
        return root;
    }

    public Optional<MappingNode> rootMapping() {
        return rootMapping(root);
    }

    /** True when the text parsed without a syntax or limit problem. */
    public boolean isWellFormed() {
        return root.isPresent();
    }

    public List<ParseProblem> problems() {
        return problems;
    }

    /** Whether this document is a CloudFormation template at all; other YAML/JSON files get no findings. */
    public boolean isCloudFormation() {
        return cloudFormation;
    }

    public Optional<MappingEntry> section(String name) {
        return rootMapping().flatMap(r -> r.entry(name));
    }

    public Map<String, Declaration> declarations(DeclarationKind kind) {
        return declarations.get(kind);
    }

    public Optional<Declaration> declaration(DeclarationKind kind, String name) {
        return Optional.ofNullable(declarations.get(kind).get(name));
    }

    public List<Resource> resources() {
        return resources;
    }

    /** The resources whose literal type is this one, in source order. */
    public List<Resource> resourcesOfType(String type) {
        return resourcesByType.getOrDefault(type, List.of());
    }

    public Optional<Resource> resource(String name) {
        return Optional.ofNullable(resourcesByName.get(name));
    }

    /** The range of a scalar's text without its quotes, for edits that replace just the value. */
    public SourceRange valueRange(ScalarNode scalar) {
        return ScalarSpans.of(text, lines, scalar, 0, scalar.value().length());
    }

    public List<Reference> references() {
        return references.all();
    }

    /** This version's references grouped as collected, for the next version re-parsed from this one. */
    References referenceIndex() {
        return references;
    }

    /** The references to one name, in document order. */
    public List<Reference> referencesTo(String name) {
        return derived(ReferenceTargets.class, t -> ReferenceTargets.of(t.references)).to(name);
    }

    /** The references made in one resource, in document order. */
    public List<Reference> referencesFrom(String resource) {
        return references.from(resource);
    }

    public static final String SAM_TRANSFORM = "AWS::Serverless-2016-10-31";

    public boolean usesSam() {
        return transforms().contains(SAM_TRANSFORM);
    }

    /** Transforms (SAM, macros) rewrite the template before CloudFormation sees it. */
    public List<String> transforms() {
        return section("Transform").map(MappingEntry::value).map(Template::transformNames).orElse(List.of());
    }

    private static List<String> transformNames(TemplateNode node) {
        if (node instanceof ScalarNode scalar) {
            return List.of(scalar.value());
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.items().stream().map(TemplateNode::scalarText).filter(n -> n != null).toList();
        }
        return List.of();
    }
}
