package dev.cfnlsp.analysis;

import dev.cfnlsp.rule.AnalysisSettings;
import dev.cfnlsp.rule.Analyzer;
import dev.cfnlsp.rule.Finding;
import dev.cfnlsp.rule.RuleDescriptor;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.Reference;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.Revision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Analyses a new version of a template reusing the previous version's work: the per-resource rules
 * ({@code RuleInfo.perResource}) run only for resources whose text changed and their neighbours in the reference graph,
 * the whole-template rules only when the edit changed a resource of a type they read ({@code RuleInfo.readsTypes}). {@code IncrementalEquivalenceTest} checks the result equals a from-scratch run after random edits.
 */
public final class IncrementalAnalyzer {
    private final Analyzer analyzer;
    private final Set<String> rulesReadingAllNames;
    private final Set<String> rulesReadingTypes;

    public IncrementalAnalyzer(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.rulesReadingAllNames = analyzer.registry().descriptors().stream()
                .filter(RuleDescriptor::readsAllNames).map(RuleDescriptor::id).collect(Collectors.toSet());
        this.rulesReadingTypes = analyzer.registry().descriptors().stream()
                .filter(rule -> rule.readsTypes().isPresent()).map(RuleDescriptor::id).collect(Collectors.toSet());
    }

    /** From scratch. */
    public TemplateAnalysis analyze(Template template, AnalysisSettings settings) {
        return analyze(template, settings, Optional.empty());
    }

    public TemplateAnalysis analyze(Template template, AnalysisSettings settings, Optional<TemplateAnalysis> previous) {
        if (!template.isCloudFormation()) {
            return new TemplateAnalysis(template, List.of(), Optional.empty(), 0, 0);
        }
        if (!template.isWellFormed()) {
            // Mid-typing breakage is brief: keep the last well-formed version's findings for the version that repairs it.
            return new TemplateAnalysis(template, everyRule(template, settings), previous.flatMap(TemplateAnalysis::reusable), 0, 0);
        }
        if (!template.resourcesOneByOne()) {
            // Part of Resources belongs to no declared resource's block: only a run over the whole template sees it.
            return new TemplateAnalysis(template, everyRule(template, settings), Optional.empty(), 0, 0);
        }
        List<ResourceBlock> blocks = ResourceBlock.of(template);
        Map<String, ResourceBlock> blocksByName = blocks.stream().collect(Collectors.toMap(ResourceBlock::name, b -> b, (a, b) -> a));
        Surroundings surroundings = Surroundings.of(template, blocks);
        Optional<ReusableFindings> reusable = previous.flatMap(TemplateAnalysis::reusable)
                .filter(r -> !template.isAliased() && r.settings().equals(settings)
                        && r.surroundings().equals(surroundings));
        Set<String> moved = reusable.map(r -> onlyMoved(template, blocks, r)).orElse(Set.of());
        Map<String, List<Finding>> kept = reusable.map(r -> keptFindings(template, blocksByName, moved, r)).orElse(Map.of());
        Map<String, List<Finding>> wholeTemplate = analyzer.runByRule(template, settings, rule -> !rule.perResource() && !kept.containsKey(rule.id()));
        wholeTemplate.putAll(kept);
        List<Finding> reported = new ArrayList<>();
        wholeTemplate.values().forEach(reported::addAll);
        Map<String, ResourceFindings> perResource = unchanged(blocks, moved, reusable);
        Set<String> dirty = blocks.stream().map(ResourceBlock::name).filter(name -> !perResource.containsKey(name)).collect(Collectors.toSet());
        Set<String> removed = reusable.map(r -> new HashSet<>(r.resourceNames())).orElseGet(HashSet::new);
        blocks.forEach(block -> removed.remove(block.name()));
        dirty.addAll(neighbours(dirty, removed, template, reusable.map(ReusableFindings::template)));
        perResource.keySet().removeAll(dirty);
        int reused = perResource.size();
        reported.addAll(runOn(dirty, template, settings, blocks, perResource));
        perResource.values().forEach(group -> reported.addAll(group.findings()));
        wholeTemplate.keySet().retainAll(rulesReadingTypes);
        return new TemplateAnalysis(template, analyzer.finish(template, settings, reported),
                Optional.of(new ReusableFindings(template, settings, surroundings, blocks, blocksByName, perResource, wholeTemplate)), reused, kept.size());
    }

    private List<Finding> everyRule(Template template, AnalysisSettings settings) {
        return analyzer.finish(template, settings, analyzer.run(template, settings, rule -> true));
    }

    /** The logical ids whose block has the same text as in the previous version, moved at most. */
    private static Set<String> onlyMoved(Template template, List<ResourceBlock> blocks, ReusableFindings previous) {
        Map<String, ResourceBlock> before = previous.blocksByName();
        Optional<Revision> edit = template.revision().filter(r -> r.isFrom(previous.template()));
        Set<String> moved = new HashSet<>();
        for (ResourceBlock block : blocks) {
            ResourceBlock earlier = before.get(block.name());
            if (earlier != null && block.movedFrom(earlier, edit)) {
                moved.add(block.name());
            }
        }
        return moved;
    }

    /**
     * The previous findings of the whole-template rules that read none of the resource types the edit changed, by
     * rule, where all of them can be relocated; none when a logical id came or went.
     */
    private Map<String, List<Finding>> keptFindings(Template template, Map<String, ResourceBlock> byName, Set<String> moved,
                                                    ReusableFindings previous) {
        if (!byName.keySet().equals(previous.resourceNames())) {
            return Map.of();
        }
        Set<String> changedTypes = new HashSet<>();
        boolean referencesChanged = false;
        for (String name : byName.keySet()) {
            if (!moved.contains(name)) {
                referencesChanged |= !sameReferences(previous.template().referencesFrom(name), template.referencesFrom(name));
                Optional<String> before = previous.template().resource(name).flatMap(Resource::type);
                Optional<String> now = template.resource(name).flatMap(Resource::type);
                if (before.isEmpty() || now.isEmpty()) {
                    return Map.of();
                }
                changedTypes.add(before.get());
                changedTypes.add(now.get());
            }
        }
        return relocatedFindings(template, byName, moved, previous, changedTypes, referencesChanged);
    }

    /** Whether two versions of a resource name the same declarations the same ways, in the same order. */
    private static boolean sameReferences(List<Reference> before, List<Reference> now) {
        if (before.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            Reference a = before.get(i);
            Reference b = now.get(i);
            if (a.kind() != b.kind() || !a.target().equals(b.target()) || !a.attribute().equals(b.attribute())) {
                return false;
            }
        }
        return true;
    }

    private Map<String, List<Finding>> relocatedFindings(Template template, Map<String, ResourceBlock> blocks, Set<String> moved,
                                                         ReusableFindings previous, Set<String> changedTypes, boolean referencesChanged) {
        Relocation relocation = Relocation.between(previous.template().lines(), previous.blocks(), template.lines(), blocks, moved);
        Map<String, List<Finding>> kept = new HashMap<>();
        previous.wholeTemplate().forEach((id, findings) -> {
            if (analyzer.registry().descriptor(id).orElseThrow().unaffectedBy(changedTypes, referencesChanged, findings)) {
                relocation.map(findings).ifPresent(relocated -> kept.put(id, relocated));
            }
        });
        return kept;
    }

    /**
     * The previous findings of the resources whose block is unchanged (moved at most), unless they depend on the set
     * of logical ids and that set changed.
     */
    private Map<String, ResourceFindings> unchanged(List<ResourceBlock> blocks, Set<String> moved, Optional<ReusableFindings> reusable) {
        Map<String, ResourceFindings> unchanged = new LinkedHashMap<>();
        if (reusable.isEmpty()) {
            return unchanged;
        }
        Map<String, ResourceFindings> earlier = reusable.get().perResource();
        boolean namesChanged = blocks.size() != earlier.size() || blocks.stream().anyMatch(b -> !earlier.containsKey(b.name()));
        for (ResourceBlock block : blocks) {
            ResourceFindings before = earlier.get(block.name());
            if (moved.contains(block.name()) && before.relocatable()
                    && !(namesChanged && before.findings().stream().anyMatch(f -> rulesReadingAllNames.contains(f.ruleId())))) {
                unchanged.put(block.name(), before.movedTo(block));
            }
        }
        return unchanged;
    }

    /**
     * Runs the per-resource rules on the dirty resources; returns what they report outside every resource, and puts
     * what they report inside each dirty resource into {@code perResource}.
     */
    private List<Finding> runOn(Set<String> dirty, Template template, AnalysisSettings settings, List<ResourceBlock> blocks,
                                Map<String, ResourceFindings> perResource) {
        Template focus = dirty.size() == blocks.size() ? template : template.focusedOn(dirty);
        Map<String, List<Finding>> found = new HashMap<>();
        List<Finding> outside = new ArrayList<>();
        BlockIndex index = new BlockIndex(blocks);
        for (Finding finding : analyzer.run(focus, settings, RuleDescriptor::perResource)) {
            Optional<ResourceBlock> block = index.containing(finding);
            if (block.isEmpty()) {
                outside.add(finding);
            } else if (dirty.contains(block.get().name())) {
                found.computeIfAbsent(block.get().name(), name -> new ArrayList<>()).add(finding);
            }
        }
        for (ResourceBlock block : blocks) {
            if (dirty.contains(block.name())) {
                perResource.put(block.name(), new ResourceFindings(block, found.getOrDefault(block.name(), List.of())));
            }
        }
        return outside;
    }

    /**
     * The resources that reference a changed or removed one, or that one references, in this version or the
     * previous: per-resource rules may look up the resources a resource names, or that name it.
     */
    private static Set<String> neighbours(Set<String> changed, Set<String> removed, Template template, Optional<Template> previous) {
        Set<String> neighbours = new HashSet<>();
        List<Template> versions = Stream.concat(Stream.of(template), previous.stream()).toList();
        for (String name : Stream.concat(changed.stream(), removed.stream()).toList()) {
            for (Template version : versions) {
                version.referencesTo(name).forEach(r -> r.from().filter(from -> from.kind() == DeclarationKind.RESOURCE)
                        .ifPresent(from -> neighbours.add(from.name())));
                version.referencesFrom(name).forEach(r -> neighbours.add(r.target()));
            }
        }
        return neighbours;
    }
}
