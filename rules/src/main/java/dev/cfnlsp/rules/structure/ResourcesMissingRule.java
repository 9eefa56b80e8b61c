package dev.cfnlsp.rules.structure;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.SourceRange;
import dev.cfnlsp.template.Template;
import java.util.Optional;

@RuleInfo(id = "resources-missing", title = "The template declares no resources", severity = Severity.ERROR,
        category = Category.VALIDITY, cfnLint = "E1001",
        readsTypes = {})
public final class ResourcesMissingRule implements Rule {

    @Override
    public void check(RuleContext context) {
        Template template = context.template();
        Optional<MappingEntry> resources = template.section("Resources");
        if (resources.isEmpty()) {
            SourceRange firstKey = template.rootMapping()
                    .filter(root -> !root.isEmpty())
                    .map(root -> root.entries().get(0).key().range())
                    .orElse(SourceRange.of(0, 0, 0, 0));
            context.report(firstKey, "The template has no Resources section; CloudFormation needs at least one resource.");
        } else if (!(resources.get().value() instanceof MappingNode mapping) || mapping.isEmpty()) {
            context.report(resources.get().key().range(),
                    "Resources must be a mapping of logical ids to resource declarations, with at least one resource.");
        }
    }
}
