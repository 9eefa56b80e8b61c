package dev.cfnlsp.rule;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A rule's identity, declared once on its class: stable id, title, default severity, category, equivalent ids. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
    String id();

    String title();

    Severity severity();

    Category category();

    /** Off unless the user turns it on or picks the production profile (e.g. requirements some teams do not share). */
    boolean optIn() default false;

    /** Reported as an error, not a warning, under the production profile. */
    boolean errorInProduction() default false;

    /**
     * The rule's findings inside a resource depend only on that resource, on the resources it references or that
     * reference it, and on the sections outside Resources; while those stay unchanged its findings there are reused
     * from the previous analysis. {@code ResourceLocalityTest} holds every such rule to it.
     */
    boolean perResource() default false;

    /**
     * With {@link #perResource}: the rule's findings also depend on which logical ids exist at all (e.g. it suggests
     * the closest one), so they are found again whenever a resource is added, removed or renamed.
     */
    boolean readsAllNames() default false;

    /**
     * For a whole-template rule: the resource types whose declarations its findings depend on ({@link #EVERY_TYPE}
     * for all of them). While an edit changes only resources of other types, keeps their logical ids and the text
     * outside Resources, the previous findings are reused. {@code ResourceTypeInterestTest} holds every rule to it.
     */
    String[] readsTypes() default {EVERY_TYPE};

    String EVERY_TYPE = "*";

    /**
     * With {@link #readsTypes}: the findings also depend on what every resource references (its Refs, GetAtts, Sub
     * variables, DependsOn, Conditions and FindInMaps), whatever its type, and they are reused only while the changed
     * resources reference the same names in the same order.
     */
    boolean readsReferences() default false;

    /**
     * With {@link #readsTypes}: what the rule finds depends on those types only, but its fixes may read any resource
     * (e.g. to guess the permissions a role's users need), so its findings are reused only while there are none.
     */
    boolean fixesReadEverything() default false;

    String[] cfnLint() default {};

    String[] checkov() default {};

    String[] cfnNag() default {};

    String[] guard() default {};
}
