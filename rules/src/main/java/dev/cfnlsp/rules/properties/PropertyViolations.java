package dev.cfnlsp.rules.properties;

import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.schema.ResourceSchema;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every resource's properties checked against its schema once per analysis; each property rule reads its kind. */
final class PropertyViolations {
    private final List<PropertyViolation> violations;

    private PropertyViolations(List<PropertyViolation> violations) {
        this.violations = violations;
    }

    static PropertyViolations of(RuleContext context) {
        List<PropertyViolation> found = new ArrayList<>();
        for (Resource resource : context.template().resources()) {
            if (resource.typeNode().orElse(null) instanceof ScalarNode type) {
                Optional<ResourceSchema> schema = context.schema().resourceSchema(type.value());
                schema.ifPresent(s -> new PropertyChecker(s.typeName(), found::add).checkResource(resource, s));
            }
        }
        return new PropertyViolations(found);
    }

    List<PropertyViolation> ofKind(PropertyViolation.Kind kind) {
        return violations.stream().filter(v -> v.kind() == kind).toList();
    }
}
