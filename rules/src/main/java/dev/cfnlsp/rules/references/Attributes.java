package dev.cfnlsp.rules.references;

import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rules.structure.ResourceTypes;
import dev.cfnlsp.schema.ResourceSchema;
import dev.cfnlsp.template.Resource;
import java.util.Optional;
import java.util.Set;

/** Whether a resource offers an attribute to Fn::GetAtt, as far as its schema tells. */
final class Attributes {
    private Attributes() {
    }

    /**
     * The resource's documented attributes when {@code attribute} is not one of them. CloudFormation also returns
     * many plain properties through GetAtt (SQS QueueName, EC2 Instance AvailabilityZone) that the schemas do not
     * list as read-only, so a property name is accepted too.
     */
    static Optional<Set<String>> missing(RuleContext context, Resource resource, String attribute) {
        Optional<String> type = resource.type();
        if (type.isEmpty() || ResourceTypes.hasFreeFormAttributes(type.get())) {
            return Optional.empty();
        }
        Optional<ResourceSchema> schema = context.schema().resourceSchema(type.get());
        if (schema.isEmpty() || schema.get().attributes().contains(attribute) || namesProperty(schema.get(), attribute)) {
            return Optional.empty();
        }
        return Optional.of(schema.get().attributes());
    }

    /** A property name; for a nested path, only when the schema documents no attributes under that property. */
    private static boolean namesProperty(ResourceSchema schema, String attribute) {
        int dot = attribute.indexOf('.');
        String property = dot < 0 ? attribute : attribute.substring(0, dot);
        boolean documentedNested = schema.attributes().stream().anyMatch(a -> a.startsWith(property + "."));
        return schema.properties().properties().containsKey(property) && (dot < 0 || !documentedNested);
    }
}
