package dev.cfnlsp.rules;

import dev.cfnlsp.rule.Rule;
import java.util.List;

/** The production-readiness rules about IAM policies and governance (tags, parameter groups). */
public final class IdentityRules {
    private IdentityRules() {
    }

    public static List<Rule> all() {
        return List.of();
    }
}
