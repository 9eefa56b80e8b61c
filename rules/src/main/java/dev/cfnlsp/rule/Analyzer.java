package dev.cfnlsp.rule;

import dev.cfnlsp.schema.SchemaBundle;
import dev.cfnlsp.template.Template;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Runs every enabled rule over a template and returns the unsuppressed findings in document order. */
public final class Analyzer {
    private static final System.Logger LOG = System.getLogger(Analyzer.class.getName());
    private static final Comparator<Finding> DOCUMENT_ORDER = Comparator
            .comparing((Finding f) -> f.range().start())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    private final RuleRegistry registry;
    private final Supplier<SchemaBundle> schema;

    /** @param schema read on the first analysis, so creating an analyzer costs nothing at start-up */
    public Analyzer(RuleRegistry registry, Supplier<SchemaBundle> schema) {
        this.registry = registry;
        this.schema = schema;
    }

    public static Analyzer builtIn() {
        return new Analyzer(RuleRegistry.builtIn(), SchemaBundle::shared);
    }

    public RuleRegistry registry() {
        return registry;
    }

    public List<Finding> analyze(Template template, AnalysisSettings settings) {
        if (!template.isCloudFormation()) {
            return List.of();
        }
        return finish(template, settings, run(template, settings, descriptor -> true));
    }

    /**
     * The findings of the enabled rules the filter accepts, as the rules reported them: before suppressions and the
     * configured severities, in no particular order.
     */
    public List<Finding> run(Template template, AnalysisSettings settings, Predicate<RuleDescriptor> which) {
        List<Finding> findings = new ArrayList<>();
        runByRule(template, settings, which).values().forEach(findings::addAll);
        return findings;
    }

    /** What {@link #run} reports, by rule id; every rule that ran has an entry, empty when it found nothing. */
    public Map<String, List<Finding>> runByRule(Template template, AnalysisSettings settings, Predicate<RuleDescriptor> which) {
        RuleContext context = RuleContext.create(template, settings, schema.get());
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        for (RuleDescriptor descriptor : registry.descriptors()) {
            if (which.test(descriptor) && descriptor.isEnabled(settings)
                    && (template.isWellFormed() || !descriptor.rule().needsWellFormedTemplate())) {
                findings.put(descriptor.id(), runGuarded(context, descriptor));
            }
        }
        return findings;
    }

    /** What the user sees of findings {@link #run} reported: unsuppressed, with their configured severity, in document order. */
    public List<Finding> finish(Template template, AnalysisSettings settings, List<Finding> reported) {
        Suppressions suppressions = Suppressions.of(template);
        List<Finding> findings = new ArrayList<>();
        for (Finding finding : reported) {
            RuleDescriptor descriptor = registry.descriptor(finding.ruleId()).orElseThrow();
            if (!suppressions.silences(descriptor, finding)) {
                findings.add(withSeverity(finding, descriptor.severityOf(finding, settings)));
            }
        }
        findings.sort(DOCUMENT_ORDER);
        return findings;
    }

    private static List<Finding> runGuarded(RuleContext context, RuleDescriptor descriptor) {
        try {
            return context.run(descriptor);
        } catch (RuntimeException | StackOverflowError e) {
            // One broken rule must not cost the user every other finding.
            LOG.log(System.Logger.Level.ERROR, "Rule " + descriptor.id() + " failed on " + context.template().uri(), e);
            return List.of();
        }
    }

    private static Finding withSeverity(Finding finding, Severity severity) {
        return finding.severity() == severity ? finding
                : new Finding(finding.ruleId(), severity, finding.category(), finding.range(), finding.message(), finding.fixes());
    }
}
