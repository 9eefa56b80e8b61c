package dev.cfnlsp.rules.references;

import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.TextEdit;
import dev.cfnlsp.rules.Suggestions;
import dev.cfnlsp.template.SourceRange;
import java.util.Collection;
import java.util.Optional;

/** Reports a name that is not declared, suggesting (and offering to write) the closest declared one. */
final class UnknownTargets {
    private UnknownTargets() {
    }

    static void report(RuleContext context, SourceRange range, String name, String problem, Collection<String> candidates) {
        Optional<String> suggestion = Suggestions.closest(name, candidates);
        String message = problem + suggestion.map(s -> " Did you mean '" + s + "'?").orElse("");
        Fix[] fixes = suggestion.map(s -> new Fix[] {Fix.changeTo(s, new TextEdit(range, s))})
                .orElse(new Fix[0]);
        context.report(range, message, fixes);
    }
}
