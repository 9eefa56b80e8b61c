package dev.cfnlsp.rules.iam;

import dev.cfnlsp.rules.support.StringParts;
import dev.cfnlsp.template.TemplateNode;
import java.util.List;
import java.util.Optional;

/**
 * A string value the template spells out completely ({@link StringParts} with no unknown piece), and the logical ids
 * it is built from, pseudo parameters left out.
 */
record BuiltFrom(StringParts parts, List<String> logicalIds) {

    /** Empty when the value is not a string the template spells out, or some piece of it comes from elsewhere. */
    static Optional<BuiltFrom> of(TemplateNode value) {
        Optional<StringParts> parts = StringParts.of(value);
        if (parts.isEmpty() || parts.get().hasUnknown()) {
            return Optional.empty();
        }
        List<String> logicalIds = parts.get().variables().stream()
                .map(StringParts.Variable::target)
                .filter(target -> !target.startsWith("AWS::"))
                .toList();
        return Optional.of(new BuiltFrom(parts.get(), logicalIds));
    }
}
