package dev.cfnlsp.rules.structure;

import dev.cfnlsp.edit.ScalarEdits;
import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.Suggestions;
import dev.cfnlsp.template.MappingEntry;
import java.util.List;
import java.util.Optional;

@RuleInfo(id = "section-unknown", title = "Unknown top-level section", severity = Severity.ERROR,
        category = Category.VALIDITY, cfnLint = "E1001",
        readsTypes = {})
public final class UnknownSectionRule implements Rule {
    public static final List<String> SECTIONS = List.of("AWSTemplateFormatVersion", "Description", "Metadata",
            "Parameters", "Rules", "Mappings", "Conditions", "Transform", "Resources", "Outputs", "Hooks");
    /** SAM's Globals section is valid once the serverless transform has run. */
    private static final String SAM_GLOBALS = "Globals";

    @Override
    public void check(RuleContext context) {
        context.template().rootMapping().ifPresent(root -> {
            for (MappingEntry section : root.entries()) {
                String name = section.name();
                if (SECTIONS.contains(name) || (name.equals(SAM_GLOBALS) && context.template().usesSam())) {
                    continue;
                }
                Optional<String> suggestion = Suggestions.closest(name, SECTIONS);
                String message = "Unknown top-level section '" + name + "'. CloudFormation accepts only "
                        + String.join(", ", SECTIONS) + "." + suggestion.map(s -> " Did you mean '" + s + "'?").orElse("");
                Fix[] fixes = suggestion.map(s -> new Fix[] {Fix.changeTo(s, ScalarEdits.replace(section.key(), s))})
                        .orElse(new Fix[0]);
                context.report(section.key().range(), message, fixes);
            }
        });
    }
}
