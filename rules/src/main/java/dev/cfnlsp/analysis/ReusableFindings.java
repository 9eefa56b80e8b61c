package dev.cfnlsp.analysis;

import dev.cfnlsp.rule.AnalysisSettings;
import dev.cfnlsp.rule.Finding;
import dev.cfnlsp.template.Template;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the analysis of a well-formed version leaves for the next one: that version (whose reference graph tells which
 * resources an edit may affect) and its resource blocks, the settings and surroundings it was analysed under, the
 * per-resource findings, and the findings of the whole-template rules that declared the resource types they read.
 */
record ReusableFindings(Template template, AnalysisSettings settings, Surroundings surroundings, List<ResourceBlock> blocks,
                        Map<String, ResourceBlock> blocksByName, Map<String, ResourceFindings> perResource,
                        Map<String, List<Finding>> wholeTemplate) {

    /** Views, not copies: a large template has thousands of blocks, and the analysis hands over maps it made for this. */
    ReusableFindings {
        blocks = Collections.unmodifiableList(blocks);
        blocksByName = Collections.unmodifiableMap(blocksByName);
        perResource = Collections.unmodifiableMap(perResource);
        wholeTemplate = Collections.unmodifiableMap(wholeTemplate);
    }

    /** The logical ids of that version's resources. */
    Set<String> resourceNames() {
        return perResource.keySet();
    }
}
