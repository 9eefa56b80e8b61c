package dev.cfnlsp.analysis;

import dev.cfnlsp.rule.AnalysisSettings;
import dev.cfnlsp.template.Template;
import java.util.Map;

/**
 * The per-resource findings of a well-formed version, with that version (whose reference graph tells which resources
 * an edit may affect) and the settings and surroundings they were found under.
 */
record ReusableFindings(Template template, AnalysisSettings settings, Surroundings surroundings,
                        Map<String, ResourceFindings> perResource) {

    ReusableFindings {
        perResource = Map.copyOf(perResource);
    }

    /** What a version analysed under these settings, with these surroundings, may take over. */
    Map<String, ResourceFindings> reusableBy(AnalysisSettings newSettings, Surroundings newSurroundings) {
        return settings.equals(newSettings) && surroundings.equals(newSurroundings) ? perResource : Map.of();
    }
}
