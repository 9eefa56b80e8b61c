package dev.cfnlsp.analysis;

import dev.cfnlsp.rule.AnalysisSettings;
import dev.cfnlsp.rule.Finding;
import dev.cfnlsp.template.Template;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the analysis of a well-formed version leaves for the next one: that version (whose reference graph tells which
 * resources an edit may affect) and its resource blocks, the settings and surroundings it was analysed under, the
 * per-resource findings, and the findings of the whole-template rules that declared the resource types they read.
 */
record ReusableFindings(Template template, AnalysisSettings settings, Surroundings surroundings, List<ResourceBlock> blocks,
                        Map<String, ResourceFindings> perResource, Map<String, List<Finding>> wholeTemplate) {

    ReusableFindings {
        blocks = List.copyOf(blocks);
        perResource = Map.copyOf(perResource);
        wholeTemplate = Map.copyOf(wholeTemplate);
    }

    /** The logical ids of that version's resources. */
    Set<String> resourceNames() {
        return perResource.keySet();
    }

    Map<String, ResourceBlock> blocksByName() {
        return blocks.stream().collect(Collectors.toMap(ResourceBlock::name, block -> block));
    }
}
