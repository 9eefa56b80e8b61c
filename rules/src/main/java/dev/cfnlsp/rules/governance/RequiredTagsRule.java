package dev.cfnlsp.rules.governance;

import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.schema.ResourceSchema;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.TemplateNode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Taggable resources must carry the tag keys the settings require (none by default; {@code Environment} and
 * {@code Project} in the production profile). Tags written as {@code Key}/{@code Value} lists and as maps are both
 * read; a Tags value built by an intrinsic, or holding one in place of a tag, is not judged.
 */
@RuleInfo(id = "tags-required", title = "Taggable resource lacks a required tag", severity = Severity.WARNING,
        category = Category.GOVERNANCE)
public final class RequiredTagsRule implements Rule {

    @Override
    public void check(RuleContext context) {
        List<String> required = context.settings().effectiveRequiredTags();
        if (required.isEmpty()) {
            return;
        }
        for (Resource resource : context.template().resources()) {
            Optional<String> tagsProperty = resource.type().flatMap(context.schema()::resourceSchema)
                    .filter(ResourceSchema::taggable).flatMap(ResourceSchema::tagsProperty);
            if (tagsProperty.isEmpty()) {
                continue;
            }
            if (resource.propertiesNode().isPresent() && resource.properties().isEmpty()) {
                continue; // Properties built by an intrinsic: unknown
            }
            Optional<MappingEntry> tags = resource.properties().flatMap(p -> p.entry(tagsProperty.get()));
            if (tags.isEmpty()) {
                context.report(resource.key().range(), "Resource '" + resource.name() + "' has no "
                        + tagsProperty.get() + ", but this project requires the tags " + String.join(", ", required)
                        + " on every taggable resource (for cost allocation and ownership). Add them.");
                continue;
            }
            tagKeys(tags.get().value()).ifPresent(keys -> {
                List<String> missing = required.stream().filter(key -> !keys.contains(key)).toList();
                if (!missing.isEmpty()) {
                    context.report(tags.get().key().range(), "The tags of '" + resource.name() + "' lack "
                            + String.join(", ", missing) + ", which this project requires on every taggable resource "
                            + "(for cost allocation and ownership). Add " + (missing.size() == 1 ? "it." : "them."));
                }
            });
        }
    }

    /** The literal tag keys, or empty when some tag is not written out literally. */
    private static Optional<Set<String>> tagKeys(TemplateNode tags) {
        Set<String> keys = new HashSet<>();
        if (tags instanceof MappingNode map) {
            map.entries().forEach(entry -> keys.add(entry.name()));
            return Optional.of(keys);
        }
        if (!(tags instanceof SequenceNode list)) {
            return Optional.empty();
        }
        for (TemplateNode tag : list.items()) {
            Optional<String> key = Optional.of(tag).filter(MappingNode.class::isInstance).map(MappingNode.class::cast)
                    .flatMap(t -> t.get("Key")).filter(ScalarNode.class::isInstance).map(TemplateNode::scalarText);
            if (key.isEmpty()) {
                return Optional.empty();
            }
            keys.add(key.get());
        }
        return Optional.of(keys);
    }
}
