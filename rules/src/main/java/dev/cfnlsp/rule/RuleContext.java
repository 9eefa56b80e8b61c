package dev.cfnlsp.rule;

import dev.cfnlsp.schema.SchemaBundle;
import dev.cfnlsp.template.Memo;
import dev.cfnlsp.template.SourceRange;
import dev.cfnlsp.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** What a rule sees while it runs over one template, and where it reports. */
public final class RuleContext {
    /** Beyond this a rule's findings stop helping anyone, and a flood (200,000 repeated keys) would swamp the editor. */
    static final int MAX_FINDINGS_PER_RULE = 1_000;

    private final Template template;
    private final AnalysisSettings settings;
    private final SchemaBundle schema;
    private final Memo shared;
    private RuleDescriptor current;
    private List<Finding> findings = new ArrayList<>();

    RuleContext(Template template, AnalysisSettings settings, SchemaBundle schema, Memo shared) {
        this.template = template;
        this.settings = settings;
        this.schema = schema;
        this.shared = shared;
    }

    static RuleContext create(Template template, AnalysisSettings settings, SchemaBundle schema) {
        return new RuleContext(template, settings, schema, new Memo());
    }

    public Template template() {
        return template;
    }

    public AnalysisSettings settings() {
        return settings;
    }

    public SchemaBundle schema() {
        return schema;
    }

    /**
     * A result several rules need (e.g. the schema walk), computed once per analysis. The key is the class the
     * function produces; the function receives this context.
     */
    public <T> T shared(Class<T> type, Function<RuleContext, T> compute) {
        return shared.get(type, () -> compute.apply(this));
    }

    public void report(SourceRange range, String message, Fix... fixes) {
        report(current.severity(), range, message, fixes);
    }

    /** Reports a case worse (or milder) than the rule's default severity, e.g. SSH open to the internet. */
    public void report(Severity severity, SourceRange range, String message, Fix... fixes) {
        if (findings.size() >= MAX_FINDINGS_PER_RULE) {
            return;
        }
        findings.add(new Finding(current.id(), severity, current.category(), range, message, List.of(fixes)));
    }

    /** Runs one rule and returns what it reported. */
    List<Finding> run(RuleDescriptor descriptor) {
        current = descriptor;
        findings = new ArrayList<>();
        descriptor.rule().check(this);
        return findings;
    }
}
