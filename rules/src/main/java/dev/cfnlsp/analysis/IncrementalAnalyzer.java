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

/**
 * Analyses a new version of a template reusing the previous version's work: the whole-template rules run again, the
 * per-resource rules ({@code RuleInfo.perResource}) only for resources whose text changed and their neighbours in the
 * reference graph. {@code IncrementalEquivalenceTest} checks the result equals a from-scratch run after random edits.
 */
public final class IncrementalAnalyzer {
    private final Analyzer analyzer;

    public IncrementalAnalyzer(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    public Analyzer analyzer() {
        return analyzer;
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
        Optional<ReusableFindings> reusable = previous.flatMap(TemplateAnalysis::reusable).filter(p -> !repeatsAResourceName(template));
        Map<String, ResourceFindings> earlier = reusable.map(p -> p.reusableBy(settings, surroundings)).orElse(Map.of());
        Map<String, ResourceFindings> perResource = new LinkedHashMap<>();
        Set<String> changed = new HashSet<>(earlier.keySet());
        for (ResourceBlock block : blocks) {
            ResourceFindings before = earlier.get(block.name());
            if (before != null && before.relocatable() && block.movedFrom(before.block())) {
                perResource.put(block.name(), before.movedTo(block));
                changed.remove(block.name());
            } else {
                changed.add(block.name());
            }
        }
        Set<String> dirty = withNeighbours(changed, template, reusable.map(ReusableFindings::template));
        dirty.retainAll(blocks.stream().map(ResourceBlock::name).collect(Collectors.toSet()));
        perResource.keySet().removeAll(dirty);
        int reused = perResource.size();
        Template focus = dirty.size() == blocks.size() ? template : template.focusedOn(dirty);
        Map<String, List<Finding>> fresh = new HashMap<>();
        dirty.forEach(name -> fresh.put(name, new ArrayList<>()));
        BlockIndex index = new BlockIndex(blocks);
        for (Finding finding : analyzer.run(focus, settings, RuleDescriptor::perResource)) {
            Optional<ResourceBlock> block = index.containing(finding);
            if (block.isEmpty()) {
                reported.add(finding);
            } else if (dirty.contains(block.get().name())) {
                fresh.get(block.get().name()).add(finding);
            }
        }
        for (ResourceBlock block : blocks) {
            perResource.computeIfAbsent(block.name(), name -> new ResourceFindings(block, fresh.get(name)));
        }
        perResource.values().forEach(group -> reported.addAll(group.findings()));
        return new TemplateAnalysis(template, analyzer.finish(template, settings, reported),
                Optional.of(new ReusableFindings(template, settings, surroundings, perResource)), reused);
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
     * The changed resources and every resource that references one of them or is referenced by one, in this version
     * or the previous: per-resource rules may look up the resources a resource names, or that name it.
     */
    private static Set<String> withNeighbours(Set<String> changed, Template template, Optional<Template> previous) {
        Set<String> dirty = new HashSet<>(changed);
        for (String name : changed) {
            dirty.addAll(ReferenceIndex.of(template).neighboursOf(name));
            previous.ifPresent(p -> dirty.addAll(ReferenceIndex.of(p).neighboursOf(name)));
        }
        return dirty;
    }
}
