package dev.cfnlsp.rule;

/** One check. Implementations carry {@link RuleInfo} and report through the context; they keep no state. */
public interface Rule {

    void check(RuleContext context);

    /** Rules about the model need a template that parsed; the few about the text itself say otherwise. */
    default boolean needsWellFormedTemplate() {
        return true;
    }
}
