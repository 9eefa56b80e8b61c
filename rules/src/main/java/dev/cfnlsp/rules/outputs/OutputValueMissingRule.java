package dev.cfnlsp.rules.outputs;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.template.Declaration;
import dev.cfnlsp.template.DeclarationKind;

@RuleInfo(id = "output-value-missing", title = "Output without a Value", severity = Severity.ERROR,
        category = Category.VALIDITY, cfnLint = "E6002",
        readsTypes = {})
public final class OutputValueMissingRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (Declaration output : context.template().declarations(DeclarationKind.OUTPUT).values()) {
            if (output.mapping().flatMap(body -> body.get("Value")).isEmpty()) {
                context.report(output.key().range(), "Output '" + output.name()
                        + "' has no Value; every output must say what it returns, e.g. 'Value: !Ref MyBucket'.");
            }
        }
    }
}
