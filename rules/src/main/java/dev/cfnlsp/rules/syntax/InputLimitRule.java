package dev.cfnlsp.rules.syntax;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.template.ParseProblem;

@RuleInfo(id = "input-limit", title = "The document is too large, too deep or too aliased to analyse safely",
        severity = Severity.ERROR, category = Category.VALIDITY)
public final class InputLimitRule extends ParseProblemRule {
    public InputLimitRule() {
        super(ParseProblem.Kind.LIMIT);
    }
}
