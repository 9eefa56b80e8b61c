package dev.cfnlsp.rules.syntax;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.template.ParseProblem;

@RuleInfo(id = "yaml-unknown-tag", title = "A YAML tag that is no intrinsic function", severity = Severity.WARNING,
        category = Category.VALIDITY)
public final class UnknownTagRule extends ParseProblemRule {
    public UnknownTagRule() {
        super(ParseProblem.Kind.UNKNOWN_TAG);
    }
}
