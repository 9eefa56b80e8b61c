package dev.cfnlsp.rule;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A rule with its metadata read from {@link RuleInfo}. */
public record RuleDescriptor(Rule rule, String id, String title, Severity severity, Category category,
                             boolean optIn, boolean errorInProduction,
                             List<String> cfnLint, List<String> checkov, List<String> cfnNag, List<String> guard) {

    public static RuleDescriptor of(Rule rule) {
        RuleInfo info = rule.getClass().getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalArgumentException(rule.getClass().getName() + " lacks @RuleInfo");
        }
        return new RuleDescriptor(rule, info.id(), info.title(), info.severity(), info.category(), info.optIn(),
                info.errorInProduction(), List.of(info.cfnLint()), List.of(info.checkov()), List.of(info.cfnNag()),
                List.of(info.guard()));
    }

    /** The ids other tools use for the same check; their suppressions silence this rule too. */
    public List<String> equivalentIds() {
        return Stream.of(cfnLint, checkov, cfnNag, guard).flatMap(List::stream).toList();
    }

    /** The long explanation (Markdown) shipped beside the rules; empty when a rule has none. */
    public String documentation() {
        return RuleDocumentation.of(id);
    }

    /** Whether the rule runs (empty: it does not), and at which severity, under the given settings. */
    public Optional<Severity> effectiveSeverity(AnalysisSettings settings) {
        RuleLevel configured = settings.ruleLevels().get(id);
        if (configured != null) {
            return configured.severity();
        }
        boolean production = settings.profile() == Profile.PRODUCTION;
        if (optIn && !production) {
            return Optional.empty();
        }
        return Optional.of(production && errorInProduction ? Severity.ERROR : severity);
    }
}
