package dev.cfnlsp.rules.properties;

import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.template.SourceRange;
import java.util.List;

/** One way a resource's properties disagree with the resource type's schema. */
record PropertyViolation(Kind kind, SourceRange range, String message, List<Fix> fixes) {

    enum Kind {
        UNKNOWN, REQUIRED, SHAPE, ENUM, PATTERN, RANGE
    }
}
