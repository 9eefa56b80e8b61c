package dev.cfnlsp.rules;

import dev.cfnlsp.rule.Rule;
import java.util.List;

/** The production-readiness rules about EC2, security groups, load balancers, Auto Scaling and multi-region portability. */
public final class NetworkRules {
    private NetworkRules() {
    }

    public static List<Rule> all() {
        return List.of();
    }
}
