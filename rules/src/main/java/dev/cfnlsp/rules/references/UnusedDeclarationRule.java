package dev.cfnlsp.rules.references;

import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.template.Declaration;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.Reference;
import dev.cfnlsp.template.ReferenceKind;
import java.util.HashSet;
import java.util.Set;

/** Base of the rules that flag declarations nothing refers to. */
abstract class UnusedDeclarationRule implements Rule {
    private final DeclarationKind kind;
    private final Set<ReferenceKind> uses;
    private final String advice;

    UnusedDeclarationRule(DeclarationKind kind, String advice, ReferenceKind... uses) {
        this.kind = kind;
        this.advice = advice;
        this.uses = Set.of(uses);
    }

    @Override
    public final void check(RuleContext context) {
        if (!context.template().transforms().isEmpty()) {
            return;
        }
        Set<String> used = new HashSet<>();
        for (Reference reference : context.template().references()) {
            if (uses.contains(reference.kind())) {
                used.add(reference.target());
            }
        }
        for (Declaration declaration : context.template().declarations(kind).values()) {
            if (!used.contains(declaration.name())) {
                context.report(declaration.key().range(),
                        "The " + kind.displayName() + " '" + declaration.name() + "' is never used. " + advice);
            }
        }
    }
}
