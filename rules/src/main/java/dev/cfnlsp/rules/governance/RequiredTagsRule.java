package dev.cfnlsp.rules.governance;

import dev.cfnlsp.edit.EditValue;
import dev.cfnlsp.edit.TemplateEdits;
import dev.cfnlsp.rule.Category;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.Rule;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.RuleInfo;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.rule.TextEdit;
import dev.cfnlsp.rules.support.CollectionEdits;
import dev.cfnlsp.rules.support.Values;
import dev.cfnlsp.schema.JsonType;
import dev.cfnlsp.schema.ResourceSchema;
import dev.cfnlsp.schema.ValueSchema;
import dev.cfnlsp.template.Declaration;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Taggable resources must carry the tag keys the settings require (none by default; {@code Environment} and
 * {@code Project} in the production profile). Tags written as {@code Key}/{@code Value} lists and as maps are both
 * read; a Tags value built by an intrinsic, or holding one in place of a tag, is not judged. The fix adds the missing
 * keys, with values from parameters named after them or placeholders (then it is not safe).
 */
@RuleInfo(id = "tags-required", perResource = true, title = "Taggable resource lacks a required tag", severity = Severity.WARNING,
        category = Category.GOVERNANCE)
public final class RequiredTagsRule implements Rule {
    static final String PLACEHOLDER = "TODO-set-";
    private static final String PROPAGATE_AT_LAUNCH = "PropagateAtLaunch";
    private static final List<String> ENVIRONMENT_PARAMETERS = List.of("Environment", "EnvironmentSuffix",
            "EnvironmentName", "EnvName", "Env", "Stage");

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
                        + " on every taggable resource (for cost allocation and ownership). Add them.",
                        fix(context, resource, tagsProperty.get(), tags, required).stream().toArray(Fix[]::new));
                continue;
            }
            tagKeys(tags.get().value()).ifPresent(keys -> {
                List<String> missing = required.stream().filter(key -> !keys.contains(key)).toList();
                if (!missing.isEmpty()) {
                    context.report(tags.get().key().range(), "The tags of '" + resource.name() + "' lack "
                            + String.join(", ", missing) + ", which this project requires on every taggable resource "
                            + "(for cost allocation and ownership). Add " + (missing.size() == 1 ? "it." : "them."),
                            fix(context, resource, tagsProperty.get(), tags, missing).stream().toArray(Fix[]::new));
                }
            });
        }
    }

    /**
     * Adds the missing tags: to the list ({@code Key}/{@code Value} items, with {@code PropagateAtLaunch: true} where
     * the schema requires it) or map the resource has, or as a new Tags property. A value is {@code !Ref} of a
     * parameter named after the key ({@code Environment}, {@code EnvironmentSuffix}... for Environment; {@code Project},
     * {@code ProjectName} for Project), else the placeholder {@code TODO-set-<Key>}: safe only when every value comes
     * from a parameter and Tags is not create-only.
     */
    private static Optional<Fix> fix(RuleContext context, Resource resource, String tagsProperty,
                                     Optional<MappingEntry> tags, List<String> missing) {
        Optional<ResourceSchema> schema = resource.type().flatMap(context.schema()::resourceSchema);
        Optional<ValueSchema> tagsSchema = schema.map(s -> s.properties().properties().get(tagsProperty));
        Set<JsonType> types = tagsSchema.map(ValueSchema::types).orElse(Set.of());
        boolean asMap = types.isEmpty() ? tags.map(MappingEntry::value).filter(MappingNode.class::isInstance).isPresent()
                : types.contains(JsonType.OBJECT) && !types.contains(JsonType.ARRAY);
        Optional<ValueSchema> item = tagsSchema.flatMap(ValueSchema::items);
        Set<String> extras = new LinkedHashSet<>(item.map(ValueSchema::required).orElse(Set.of()));
        extras.removeAll(Set.of("Key", "Value"));
        if (!asMap && (!extras.stream().allMatch(PROPAGATE_AT_LAUNCH::equals) || item.filter(i -> !i.properties().isEmpty()
                && !i.properties().keySet().containsAll(Set.of("Key", "Value"))).isPresent())) {
            return Optional.empty();
        }
        Map<String, EditValue> values = new LinkedHashMap<>();
        List<String> described = new ArrayList<>();
        boolean allFromParameters = true;
        for (String key : missing) {
            Optional<String> parameter = parameterFor(key, context.template());
            allFromParameters &= parameter.isPresent();
            values.put(key, parameter.<EditValue>map(EditValue::ref).orElse(EditValue.text(PLACEHOLDER + key)));
            described.add(key + " (" + parameter.map(p -> "!Ref " + p).orElse("placeholder '" + PLACEHOLDER + key + "' to replace") + ")");
        }
        List<EditValue> items = values.entrySet().stream().map(e -> {
            EditValue.MappingBuilder tag = EditValue.map().put("Key", e.getKey()).put("Value", e.getValue());
            extras.forEach(extra -> tag.put(extra, EditValue.bool(true)));
            return (EditValue) tag.build();
        }).toList();
        TemplateEdits edits = context.shared(TemplateEdits.class, c -> TemplateEdits.of(c.template()));
        CollectionEdits collections = CollectionEdits.of(context.template(), edits);
        TextEdit edit;
        if (tags.isEmpty()) {
            edit = edits.insertProperty(resource, tagsProperty, asMap ? new EditValue.Mapping(values) : new EditValue.Sequence(items));
        } else if (!CollectionEdits.writtenInPlace(tags.get())) {
            return Optional.empty();
        } else if (tags.get().value() instanceof SequenceNode list && !asMap) {
            edit = collections.appendItems(list, items);
        } else if (tags.get().value() instanceof MappingNode map && asMap) {
            edit = collections.insertEntries(map, values);
        } else {
            return Optional.empty();
        }
        if (!collections.keepsWellFormed(List.of(edit))) {
            return Optional.empty();
        }
        boolean replaces = schema.map(ResourceSchema::createOnlyProperties).orElse(Set.of()).contains(tagsProperty);
        String title = "Add tag" + (missing.size() == 1 ? " " : "s ") + String.join(" and ", described) + " to '"
                + resource.name() + "'" + (replaces ? " (replaces the resource)" : "");
        return Optional.of(allFromParameters && !replaces ? Fix.safe(title, edit) : new Fix(title, List.of(edit), true, false));
    }

    /** A String or Number parameter named after the tag key, compared case-insensitively. */
    private static Optional<String> parameterFor(String key, Template template) {
        List<String> candidates = key.equalsIgnoreCase("Environment") ? ENVIRONMENT_PARAMETERS : List.of(key, key + "Name");
        Map<String, Declaration> parameters = template.declarations(DeclarationKind.PARAMETER);
        for (String candidate : candidates) {
            for (Declaration parameter : parameters.values()) {
                Optional<String> type = parameter.mapping().flatMap(body -> Values.literal(body.get("Type")));
                if (parameter.name().equalsIgnoreCase(candidate) && type.filter(t -> t.equals("String") || t.equals("Number")).isPresent()) {
                    return Optional.of(parameter.name());
                }
            }
        }
        return Optional.empty();
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
