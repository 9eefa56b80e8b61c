package dev.cfnlsp.rules.structure;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.TemplateNode;

@RuleInfo(id = "resource-type-missing", perResource = true, title = "A resource has no Type", severity = Severity.ERROR,
        category = Category.VALIDITY, cfnLint = "E3001")
public final class ResourceTypeMissingRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (Resource resource : context.template().resources()) {
            if (resource.body().isEmpty()) {
                context.report(resource.key().range(), "Resource '" + resource.name()
                        + "' must be a mapping with at least a Type, e.g. 'Type: AWS::S3::Bucket'.");
                continue;
            }
            TemplateNode type = resource.typeNode().orElse(null);
            if (type == null) {
                context.report(resource.key().range(), "Resource '" + resource.name() + "' has no Type; add one, e.g. 'Type: AWS::S3::Bucket'.");
            } else if (!(type instanceof ScalarNode scalar) || scalar.value().isBlank()) {
                context.report(type.range(), "The Type of '" + resource.name() + "' must be a literal resource type name such as AWS::S3::Bucket.");
            }
        }
    }
}
