package dev.cfnlsp.rules.s3;

import dev.cfnlsp.rules.support.PolicyStatement;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.TemplateNode;
import java.util.Locale;
import java.util.Set;

/** Whether a policy statement denies requests made without TLS: {@code Condition: {Bool: {aws:SecureTransport: false}}}. */
final class SecureTransportDenial {
    private static final Set<String> BOOL_OPERATORS = Set.of("bool", "boolifexists");
    private static final String SECURE_TRANSPORT = "aws:securetransport";

    private SecureTransportDenial() {
    }

    /** A condition written with intrinsics may say anything, so it counts. */
    static boolean matches(PolicyStatement statement) {
        if (!statement.denies()) {
            return false;
        }
        TemplateNode condition = statement.condition().orElse(null);
        if (!(condition instanceof MappingNode operators)) {
            return condition != null && !(condition instanceof ScalarNode);
        }
        for (MappingEntry operator : operators.entries()) {
            if (BOOL_OPERATORS.contains(operator.name().toLowerCase(Locale.ROOT))
                    && operator.value() instanceof MappingNode keys) {
                for (MappingEntry key : keys.entries()) {
                    if (key.name().toLowerCase(Locale.ROOT).equals(SECURE_TRANSPORT) && mayBeFalse(key.value())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean mayBeFalse(TemplateNode value) {
        if (value instanceof ScalarNode scalar) {
            return scalar.value().equalsIgnoreCase("false");
        }
        if (value instanceof SequenceNode list) {
            return list.items().stream().anyMatch(SecureTransportDenial::mayBeFalse);
        }
        return !(value instanceof MappingNode);
    }
}
