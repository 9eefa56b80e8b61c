package dev.cfnlsp.rules;

import dev.cfnlsp.rule.Rule;
import java.util.List;

/** The production-readiness rules about CloudTrail, log groups, Lambda functions and RDS databases. */
public final class ObservabilityRules {
    private ObservabilityRules() {
    }

    public static List<Rule> all() {
        return List.of();
    }
}
