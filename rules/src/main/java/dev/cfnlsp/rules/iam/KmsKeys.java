package dev.cfnlsp.rules.iam;

import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Which customer managed KMS key of the template a value names, directly or through an {@code AWS::KMS::Alias}. */
final class KmsKeys {
    static final String KEY_TYPE = "AWS::KMS::Key";
    private static final String ALIAS_TYPE = "AWS::KMS::Alias";

    private KmsKeys() {
    }

    /** The key, when every logical id the value is built from leads to that one key. */
    static Optional<Resource> keyOf(TemplateNode value, Template template) {
        return singleTarget(value, template, true).flatMap(template::resource);
    }

    /**
     * The one key the logical ids of a value lead to; an alias leads to its target key when {@code throughAliases}.
     * Empty when the value is built from anything else as well.
     */
    private static Optional<String> singleTarget(TemplateNode value, Template template, boolean throughAliases) {
        Optional<BuiltFrom> built = BuiltFrom.of(value);
        if (built.isEmpty()) {
            return Optional.empty();
        }
        Set<Optional<String>> keys = built.get().logicalIds().stream()
                .map(target -> keyName(target, template, throughAliases))
                .collect(Collectors.toSet());
        return keys.size() == 1 ? keys.iterator().next() : Optional.empty();
    }

    /** The key a logical id stands for: itself, or (an alias) its target key. */
    private static Optional<String> keyName(String logicalId, Template template, boolean throughAliases) {
        Optional<Resource> resource = template.resource(logicalId);
        if (resource.filter(r -> r.isOfType(KEY_TYPE)).isPresent()) {
            return Optional.of(logicalId);
        }
        if (!throughAliases) {
            return Optional.empty();
        }
        return resource.filter(r -> r.isOfType(ALIAS_TYPE))
                .flatMap(alias -> alias.property("TargetKeyId"))
                .flatMap(target -> singleTarget(target, template, false));
    }

    /**
     * Whether a policy value may denote the key: false only when it is provably built from other resources of the
     * template. Literal ARNs and parameters may name any key.
     */
    static boolean mayDenote(TemplateNode value, Resource key, Template template) {
        if ("*".equals(value.scalarText())) {
            return true;
        }
        List<String> targets = BuiltFrom.of(value).map(BuiltFrom::logicalIds).orElse(List.of());
        if (targets.isEmpty()) {
            return true;
        }
        return targets.stream().anyMatch(target -> template.declaration(DeclarationKind.RESOURCE, target).isEmpty()
                || keyName(target, template, true).filter(key.name()::equals).isPresent());
    }
}
