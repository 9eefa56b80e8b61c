package dev.cfnlsp.rule;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** A rule with its metadata read from {@link RuleInfo}. */
public record RuleDescriptor(Rule rule, String id, String title, Severity severity, Category category,
                             boolean optIn, boolean errorInProduction, boolean perResource, boolean readsAllNames,
                             Optional<Set<String>> readsTypes, boolean readsReferences, boolean fixesReadEverything,
                             List<String> cfnLint, List<String> checkov, List<String> cfnNag, List<String> guard) {

    public static RuleDescriptor of(Rule rule) {
        RuleInfo info = rule.getClass().getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalArgumentException(rule.getClass().getName() + " lacks @RuleInfo");
        }
        return new RuleDescriptor(rule, info.id(), info.title(), info.severity(), info.category(), info.optIn(),
                info.errorInProduction(), info.perResource(), info.readsAllNames(), readsTypes(info), info.readsReferences(), info.fixesReadEverything(), List.of(info.cfnLint()), List.of(info.checkov()), List.of(info.cfnNag()),
                List.of(info.guard()));
    }

    /**
     * Whether a whole-template rule that declared the types it reads ({@link RuleInfo#readsTypes}) reads resources of
     * this one; an entry ending in {@code *} stands for every type it begins. True for a rule that declared nothing.
     */
    public boolean readsType(String type) {
        return readsTypes.map(types -> types.contains(type)
                || types.stream().anyMatch(t -> t.endsWith("*") && type.startsWith(t.substring(0, t.length() - 1)))).orElse(true);
    }

    /**
     * Whether a whole-template rule's earlier findings still hold after an edit that changed resources of these types
     * (before and after it), and changed what they reference or not, going by what the rule declared it reads.
     */
    public boolean unaffectedBy(Set<String> changedTypes, boolean referencesChanged, List<Finding> earlierFindings) {
        return readsTypes.isPresent() && changedTypes.stream().noneMatch(this::readsType)
                && !(referencesChanged && readsReferences) && !(fixesReadEverything && !earlierFindings.isEmpty());
    }

    /** The resource types a whole-template rule reads, when it declared them ({@link RuleInfo#readsTypes}). */
    private static Optional<Set<String>> readsTypes(RuleInfo info) {
        List<String> types = List.of(info.readsTypes());
        return types.contains(RuleInfo.EVERY_TYPE) || info.perResource() ? Optional.empty() : Optional.of(Set.copyOf(types));
    }

    /** The ids other tools use for the same check; their suppressions silence this rule too. */
    public List<String> equivalentIds() {
        return Stream.of(cfnLint, checkov, cfnNag, guard).flatMap(List::stream).toList();
    }

    /** The long explanation (Markdown) shipped beside the rules; empty when a rule has none. */
    public String documentation() {
        return RuleDocumentation.of(id);
    }

    /** Whether the rule runs under the given settings. */
    public boolean isEnabled(AnalysisSettings settings) {
        RuleLevel configured = settings.ruleLevels().get(id);
        if (configured != null) {
            return configured != RuleLevel.OFF;
        }
        return !optIn || settings.profile() == Profile.PRODUCTION;
    }

    /**
     * The severity a finding is shown with: the user's level for the rule when set, else error under the production
     * profile for rules that ask for it, else what the rule reported (its default, or more for a worse case).
     */
    public Severity severityOf(Finding finding, AnalysisSettings settings) {
        Optional<Severity> configured = Optional.ofNullable(settings.ruleLevels().get(id)).flatMap(RuleLevel::severity);
        if (configured.isPresent()) {
            return configured.get();
        }
        return settings.profile() == Profile.PRODUCTION && errorInProduction ? Severity.ERROR : finding.severity();
    }
}
