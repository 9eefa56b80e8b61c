package dev.cfnlsp.rules.support;

import dev.cfnlsp.template.IntrinsicNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.SourceRange;
import dev.cfnlsp.template.TemplateNode;
import java.util.Optional;

/**
 * One property of a resource as a production-readiness rule reads it: not written (CloudFormation applies the
 * default), written as a literal, or unknowable because an intrinsic function computes it or the whole
 * {@code Properties} block.
 */
public record ResourceProperty(Resource resource, String name, Optional<TemplateNode> value, boolean computedBlock) {

    public static ResourceProperty of(Resource resource, String name) {
        boolean computedBlock = resource.propertiesNode().filter(IntrinsicNode.class::isInstance).isPresent()
                || resource.properties().flatMap(p -> p.entry("Fn::Transform")).isPresent();
        return new ResourceProperty(resource, name, resource.property(name), computedBlock);
    }

    /** Not written at all (or written empty), so the default applies; false when the block is computed. */
    public boolean absent() {
        return !computedBlock && value.map(v -> v instanceof ScalarNode scalar && scalar.isNull()).orElse(true);
    }

    public boolean literallyTrue() {
        return Values.isTrue(value);
    }

    public boolean literallyFalse() {
        return Values.isFalse(value);
    }

    /** A boolean that must be on is off or left to its default (false); intrinsics are not judged. */
    public boolean notEnabled() {
        return absent() || literallyFalse();
    }

    /** Where a finding about it belongs: the value when written, else the resource's logical id. */
    public SourceRange range() {
        return absent() ? resource.key().range() : value.map(TemplateNode::range).orElse(resource.key().range());
    }
}
