package dev.cfnlsp.analysis;

import dev.cfnlsp.rule.AnalysisSettings;
import dev.cfnlsp.template.Template;
import java.util.Map;
import java.util.Set;

/**
 * The per-resource findings of a well-formed version, with that version (whose reference graph tells which resources
 * an edit may affect) and the settings and surroundings they were found under.
 */
record ReusableFindings(Template template, AnalysisSettings settings, Surroundings surroundings,
                        Map<String, ResourceFindings> perResource) {

    ReusableFindings {
        perResource = Map.copyOf(perResource);
    }

    /** The logical ids of that version's resources. */
    Set<String> resourceNames() {
        return perResource.keySet();
    }
}
