package dev.cfnlsp.rules.syntax;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.template.ParseProblem;

@RuleInfo(id = "duplicate-key", title = "A mapping repeats a key", severity = Severity.ERROR,
        category = Category.VALIDITY, cfnLint = "E0000")
public final class DuplicateKeyRule extends ParseProblemRule {
    public DuplicateKeyRule() {
        super(ParseProblem.Kind.DUPLICATE_KEY);
    }
}
