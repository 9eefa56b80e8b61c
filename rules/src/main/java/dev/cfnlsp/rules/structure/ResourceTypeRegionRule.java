package dev.cfnlsp.rules.structure;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import java.util.List;

@RuleInfo(id = "resource-type-region", perResource = true, title = "Resource type not available in a target region",
        severity = Severity.ERROR, category = Category.VALIDITY, cfnLint = "E3006")
public final class ResourceTypeRegionRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (Resource resource : context.template().resources()) {
            // A conditional resource may be exactly how the template avoids the regions that lack the type.
            if (!(resource.typeNode().orElse(null) instanceof ScalarNode type)
                    || !context.schema().resourceTypeNames().contains(type.value())
                    || resource.attribute("Condition").isPresent()) {
                continue;
            }
            List<String> missing = context.settings().regions().stream()
                    .filter(region -> context.schema().regions().contains(region))
                    .filter(region -> !context.schema().isAvailableIn(type.value(), region))
                    .toList();
            if (!missing.isEmpty()) {
                context.report(type.range(), type.value() + " is not available in " + String.join(", ", missing)
                        + "; a stack with this resource fails to deploy there. Drop that region from the targets, or give the resource a Condition that excludes it.");
            }
        }
    }
}
