package dev.cfnlsp.analysis;

import dev.cfnlsp.rule.AnalysisSettings;
import dev.cfnlsp.rule.Finding;
import dev.cfnlsp.template.Template;
import java.util.List;
import java.util.Optional;

/** One analysed version of a template: the findings to show, and what the analysis of the next version may reuse. */
public final class TemplateAnalysis {
    private final Template template;
    private final List<Finding> findings;
    private final Optional<ReusableFindings> reusable;
    private final int reusedResources;
    private final int reusedRules;

    TemplateAnalysis(Template template, List<Finding> findings, Optional<ReusableFindings> reusable, int reusedResources, int reusedRules) {
        this.template = template;
        this.findings = List.copyOf(findings);
        this.reusable = reusable;
        this.reusedResources = reusedResources;
        this.reusedRules = reusedRules;
    }

    public Template template() {
        return template;
    }

    /** Unsuppressed, with their configured severity, in document order. */
    public List<Finding> findings() {
        return findings;
    }

    /** How many resources kept the previous version's per-resource findings. */
    int reusedResources() {
        return reusedResources;
    }

    /** How many whole-template rules kept the previous version's findings. */
    int reusedRules() {
        return reusedRules;
    }

    Optional<ReusableFindings> reusable() {
        return reusable;
    }
}
