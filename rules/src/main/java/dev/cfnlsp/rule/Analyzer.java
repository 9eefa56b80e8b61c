package dev.cfnlsp.rule;

import dev.cfnlsp.schema.SchemaBundle;
import dev.cfnlsp.template.Template;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Runs every enabled rule over a template and returns the findings in document order. */
public final class Analyzer {
    private static final System.Logger LOG = System.getLogger(Analyzer.class.getName());
    private static final Comparator<Finding> DOCUMENT_ORDER = Comparator
            .comparing((Finding f) -> f.range().start())
            .thenComparing(Finding::ruleId);

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
        RuleContext context = RuleContext.create(template, settings, schema.get());
        for (RuleDescriptor descriptor : registry.descriptors()) {
            if (isEnabled(descriptor, settings) && (template.isWellFormed() || !descriptor.rule().needsWellFormedTemplate())) {
                runGuarded(context, descriptor);
            }
        }
        List<Finding> findings = new ArrayList<>(context.findings().size());
        for (Finding finding : context.findings()) {
            findings.add(withConfiguredSeverity(finding, settings));
        }
        findings.sort(DOCUMENT_ORDER);
        return findings;
    }

    private static void runGuarded(RuleContext context, RuleDescriptor descriptor) {
        try {
            context.run(descriptor);
        } catch (RuntimeException | StackOverflowError e) {
            // One broken rule must not cost the user every other finding.
            LOG.log(System.Logger.Level.ERROR, "Rule " + descriptor.id() + " failed on " + context.template().uri(), e);
        }
    }

    private static boolean isEnabled(RuleDescriptor descriptor, AnalysisSettings settings) {
        return settings.ruleLevels().get(descriptor.id()) != RuleLevel.OFF;
    }

    private static Finding withConfiguredSeverity(Finding finding, AnalysisSettings settings) {
        Optional<Severity> configured = Optional.ofNullable(settings.ruleLevels().get(finding.ruleId())).flatMap(RuleLevel::severity);
        return configured.filter(s -> s != finding.severity())
                .map(s -> new Finding(finding.ruleId(), s, finding.category(), finding.range(), finding.message(), finding.fixes()))
                .orElse(finding);
    }
}
