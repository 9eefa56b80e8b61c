package dev.cfnlsp.rules.syntax;

import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.template.ParseProblem;

/** Reports the parser's problems of one kind; these rules also run when the text does not parse. */
abstract class ParseProblemRule implements Rule {
    private final ParseProblem.Kind kind;

    ParseProblemRule(ParseProblem.Kind kind) {
        this.kind = kind;
    }

    @Override
    public final void check(RuleContext context) {
        for (ParseProblem problem : context.template().problems()) {
            if (problem.kind() == kind) {
                context.report(problem.range(), problem.message());
            }
        }
    }

    @Override
    public final boolean needsWellFormedTemplate() {
        return false;
    }
}
