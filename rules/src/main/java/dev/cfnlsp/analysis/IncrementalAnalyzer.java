package dev.cfnlsp.analysis;

import dev.cfnlsp.rule.AnalysisSettings;
import dev.cfnlsp.rule.Analyzer;
import dev.cfnlsp.rule.Finding;
import dev.cfnlsp.rule.RuleDescriptor;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Template;
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
 * Analyses a new version of a template reusing the previous version's work: the whole-template rules run again, the
 * per-resource rules ({@code RuleInfo.perResource}) only for resources whose text changed and their neighbours in the
 * reference graph. {@code IncrementalEquivalenceTest} checks the result equals a from-scratch run after random edits.
 */
public final class IncrementalAnalyzer {
    private final Analyzer analyzer;
    private final Set<String> rulesReadingAllNames;

    public IncrementalAnalyzer(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.rulesReadingAllNames = analyzer.registry().descriptors().stream()
                .filter(RuleDescriptor::readsAllNames).map(RuleDescriptor::id).collect(Collectors.toSet());
    }

    /** From scratch. */
    public TemplateAnalysis analyze(Template template, AnalysisSettings settings) {
        return analyze(template, settings, Optional.empty());
    }

    public TemplateAnalysis analyze(Template template, AnalysisSettings settings, Optional<TemplateAnalysis> previous) {
        if (!template.isCloudFormation()) {
            return new TemplateAnalysis(template, List.of(), Optional.empty(), 0);
        }
        List<Finding> reported = new ArrayList<>(analyzer.run(template, settings, descriptor -> !descriptor.perResource()));
        if (!template.isWellFormed()) {
            reported.addAll(analyzer.run(template, settings, RuleDescriptor::perResource));
            // Mid-typing breakage is brief: keep the last well-formed version's findings for the version that repairs it.
            return new TemplateAnalysis(template, analyzer.finish(template, settings, reported),
                    previous.flatMap(TemplateAnalysis::reusable), 0);
        }
        List<ResourceBlock> blocks = ResourceBlock.of(template);
        Surroundings surroundings = Surroundings.of(template, blocks);
        Optional<ReusableFindings> reusable = previous.flatMap(TemplateAnalysis::reusable)
                .filter(r -> !repeatsAResourceName(template) && r.settings().equals(settings) && r.surroundings().equals(surroundings));
        Map<String, ResourceFindings> perResource = unchanged(blocks, reusable);
        Set<String> dirty = blocks.stream().map(ResourceBlock::name).filter(name -> !perResource.containsKey(name)).collect(Collectors.toSet());
        Set<String> removed = reusable.map(r -> new HashSet<>(r.resourceNames())).orElseGet(HashSet::new);
        blocks.forEach(block -> removed.remove(block.name()));
        dirty.addAll(neighbours(dirty, removed, template, reusable.map(ReusableFindings::template)));
        perResource.keySet().removeAll(dirty);
        int reused = perResource.size();
        reported.addAll(runOn(dirty, template, settings, blocks, perResource));
        perResource.values().forEach(group -> reported.addAll(group.findings()));
        return new TemplateAnalysis(template, analyzer.finish(template, settings, reported),
                Optional.of(new ReusableFindings(template, settings, surroundings, perResource)), reused);
    }

    /**
     * The previous findings of the resources whose block is unchanged (moved at most), unless they depend on the set
     * of logical ids and that set changed.
     */
    private Map<String, ResourceFindings> unchanged(List<ResourceBlock> blocks, Optional<ReusableFindings> reusable) {
        Map<String, ResourceFindings> unchanged = new LinkedHashMap<>();
        if (reusable.isEmpty()) {
            return unchanged;
        }
        Map<String, ResourceFindings> earlier = reusable.get().perResource();
        boolean namesChanged = blocks.size() != earlier.size() || blocks.stream().anyMatch(b -> !earlier.containsKey(b.name()));
        for (ResourceBlock block : blocks) {
            ResourceFindings before = earlier.get(block.name());
            if (before != null && before.relocatable() && block.movedFrom(before.block())
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

    /** Blocks are told apart by logical id, so a repeated one (a duplicate key, already reported) rules out reuse. */
    private static boolean repeatsAResourceName(Template template) {
        return template.section(DeclarationKind.RESOURCE.section())
                .map(MappingEntry::value)
                .filter(MappingNode.class::isInstance)
                .map(section -> ((MappingNode) section).entries().stream().map(MappingEntry::name).distinct().count()
                        < ((MappingNode) section).entries().size())
                .orElse(false);
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
