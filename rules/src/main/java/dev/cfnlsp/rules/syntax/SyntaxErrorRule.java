package dev.cfnlsp.rules.syntax;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.template.ParseProblem;

@RuleInfo(id = "syntax-error", title = "The text is not well-formed YAML or JSON", severity = Severity.ERROR,
        category = Category.VALIDITY, cfnLint = "E0000")
public final class SyntaxErrorRule extends ParseProblemRule {
    public SyntaxErrorRule() {
        super(ParseProblem.Kind.SYNTAX);
    }
}
