package dev.cfnlsp.rules.structure;

import dev.cfnlsp.edit.ScalarEdits;
import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rules.Suggestions;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import java.util.Optional;

@RuleInfo(id = "resource-type-unknown", perResource = true, title = "Unknown resource type", severity = Severity.ERROR,
        category = Category.VALIDITY, cfnLint = "E3006")
public final class UnknownResourceTypeRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (Resource resource : context.template().resources()) {
            if (resource.typeNode().orElse(null) instanceof ScalarNode type && isCheckable(type.value(), context)
                    && !context.schema().resourceTypeNames().contains(type.value())) {
                Optional<String> suggestion = Suggestions.closest(type.value(), context.schema().resourceTypeNames());
                String message = "Unknown resource type '" + type.value() + "'." + advice(type.value(), suggestion);
                Fix[] fixes = suggestion.map(s -> new Fix[] {Fix.changeTo(s, ScalarEdits.replace(type, s))})
                        .orElse(new Fix[0]);
                context.report(type.range(), message, fixes);
            }
        }
    }

    private static String advice(String type, Optional<String> suggestion) {
        if (type.startsWith("AWS::Serverless::")) {
            return " SAM types need 'Transform: AWS::Serverless-2016-10-31' at the top of the template.";
        }
        return suggestion.map(s -> " Did you mean '" + s + "'?").orElse(" Check the spelling against the CloudFormation resource reference.");
    }

    /**
     * Custom resources are free-form, SAM types exist only before the transform, and other namespaces may be private
     * registry extensions we cannot see; only the AWS-owned namespaces are checked.
     */
    static boolean isCheckable(String type, RuleContext context) {
        if (type.startsWith("AWS::Serverless::")) {
            return !context.template().usesSam();
        }
        return type.startsWith("AWS::") || type.startsWith("Alexa::");
    }
}
