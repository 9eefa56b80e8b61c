package dev.cfnlsp.rules.references;

import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.template.Declaration;
import dev.cfnlsp.template.Reference;
import dev.cfnlsp.template.ReferenceKind;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Base of the rules that check each reference of some kinds. Templates with a Transform are skipped: SAM and
 * macros add logical ids and loop variables that only exist after the transform has run.
 */
abstract class ReferenceRule implements Rule {
    private final Set<ReferenceKind> kinds;

    ReferenceRule(ReferenceKind... kinds) {
        this.kinds = Set.of(kinds);
    }

    @Override
    public final void check(RuleContext context) {
        if (!context.template().transforms().isEmpty()) {
            return;
        }
        for (Reference reference : context.template().referencesInScope()) {
            if (kinds.contains(reference.kind())) {
                check(context, reference);
            }
        }
    }

    abstract void check(RuleContext context, Reference reference);

    /** The names a reference could have meant; never the declaration it sits in, which cannot refer to itself. */
    static Collection<String> candidates(Reference reference, Collection<String> names) {
        Optional<String> self = reference.from().map(Declaration::name);
        return names.stream().filter(name -> self.filter(name::equals).isEmpty()).toList();
    }
}
