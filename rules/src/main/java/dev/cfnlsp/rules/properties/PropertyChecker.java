package dev.cfnlsp.rules.properties;

import dev.cfnlsp.edit.ScalarEdits;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rules.Suggestions;
import dev.cfnlsp.schema.JsonType;
import dev.cfnlsp.schema.ResourceSchema;
import dev.cfnlsp.schema.ValueSchema;
import dev.cfnlsp.template.IntrinsicNode;
import dev.cfnlsp.template.Intrinsics;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.SourceRange;
import dev.cfnlsp.template.TemplateNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Checks one resource's Properties against its schema. Intrinsic functions are accepted wherever they appear
 * (they may produce any shape), except that both branches of Fn::If are checked; a false error is worse than a miss.
 */
final class PropertyChecker {
    private final String typeName;
    private final Consumer<PropertyViolation> sink;

    PropertyChecker(String typeName, Consumer<PropertyViolation> sink) {
        this.typeName = typeName;
        this.sink = sink;
    }

    void checkResource(Resource resource, ResourceSchema schema) {
        Optional<MappingEntry> properties = resource.body().flatMap(b -> b.entry("Properties"));
        if (properties.isEmpty()) {
            reportMissing(schema.properties(), List.of(), resource.key().range(), "");
            return;
        }
        check(properties.get().value(), schema.properties(), "", properties.get().key().range());
    }

    /** {@code anchor} is where a missing required property is reported: the key that owns this value. */
    private void check(TemplateNode node, ValueSchema schema, String path, SourceRange anchor) {
        if (node instanceof IntrinsicNode intrinsic) {
            checkIntrinsic(intrinsic, schema, path, anchor);
        } else if (node instanceof MappingNode mapping) {
            checkMapping(mapping, schema, path, anchor);
        } else if (node instanceof SequenceNode sequence) {
            checkSequence(sequence, schema, path);
        } else {
            ScalarChecks.check((ScalarNode) node, schema, describe(path), sink);
        }
    }

    private void checkIntrinsic(IntrinsicNode intrinsic, ValueSchema schema, String path, SourceRange anchor) {
        if (intrinsic.is(Intrinsics.IF) && intrinsic.argument() instanceof SequenceNode branches && branches.items().size() == 3) {
            for (TemplateNode branch : branches.items().subList(1, 3)) {
                if (!isNoValue(branch)) {
                    check(branch, schema, path, anchor);
                }
            }
        }
    }

    /**
     * A lone {@code Namespace::Name} key (e.g. {@code Rain::Embed}) is a function of a macro or a preprocessor that
     * replaces the mapping before CloudFormation reads it; its result may have any shape.
     */
    private static boolean isPreprocessorDirective(MappingNode mapping) {
        return mapping.entries().size() == 1 && mapping.entries().get(0).name().contains("::");
    }

    private static boolean isNoValue(TemplateNode node) {
        return node instanceof IntrinsicNode ref && ref.is(Intrinsics.REF) && "AWS::NoValue".equals(ref.argument().scalarText());
    }

    private void checkMapping(MappingNode mapping, ValueSchema schema, String path, SourceRange anchor) {
        if (isPreprocessorDirective(mapping)) {
            return;
        }
        if (!accepts(schema, JsonType.OBJECT)) {
            shape(mapping.range(), path, schema, "a mapping");
            return;
        }
        for (MappingEntry entry : mapping.entries()) {
            ValueSchema property = schema.properties().get(entry.name());
            String childPath = path.isEmpty() ? entry.name() : path + "." + entry.name();
            if (property != null) {
                check(entry.value(), property, childPath, entry.key().range());
            } else if (!schema.allowsAdditionalProperties()) {
                reportUnknown(entry, schema, path);
            }
        }
        reportMissing(schema, mapping.entries(), anchor, path);
    }

    private void checkSequence(SequenceNode sequence, ValueSchema schema, String path) {
        if (!accepts(schema, JsonType.ARRAY)) {
            shape(sequence.range(), path, schema, "a list");
            return;
        }
        List<TemplateNode> items = sequence.items();
        boolean countIsKnown = items.stream().noneMatch(IntrinsicNode.class::isInstance);
        if (countIsKnown) {
            schema.minItems().ifPresent(min -> {
                if (items.size() < min) {
                    range(sequence.range(), describe(path) + " needs at least " + min + " item(s); it has " + items.size() + ".");
                }
            });
            schema.maxItems().ifPresent(max -> {
                if (items.size() > max) {
                    range(sequence.range(), describe(path) + " allows at most " + max + " item(s); it has " + items.size() + ".");
                }
            });
        }
        schema.items().ifPresent(itemSchema -> {
            for (int i = 0; i < items.size(); i++) {
                TemplateNode item = items.get(i);
                check(item, itemSchema, path + "[" + i + "]", anchorOf(item));
            }
        });
    }

    private static SourceRange anchorOf(TemplateNode item) {
        if (item instanceof MappingNode mapping && !mapping.isEmpty()) {
            return mapping.entries().get(0).key().range();
        }
        return item.range();
    }

    private void reportUnknown(MappingEntry entry, ValueSchema schema, String path) {
        Optional<String> suggestion = Suggestions.closest(entry.name(), schema.properties().keySet());
        String where = path.isEmpty() ? typeName : typeName + " " + path;
        String message = "Unknown property '" + entry.name() + "' in " + where + "."
                + suggestion.map(s -> " Did you mean '" + s + "'?")
                .orElse(" Valid properties: " + String.join(", ", schema.properties().keySet()) + ".");
        List<Fix> fixes = suggestion
                .map(s -> List.of(Fix.changeTo(s, ScalarEdits.replace(entry.key(), s))))
                .orElse(List.of());
        sink.accept(new PropertyViolation(PropertyViolation.Kind.UNKNOWN, entry.key().range(), message, fixes));
    }

    private void reportMissing(ValueSchema schema, List<MappingEntry> present, SourceRange anchor, String path) {
        for (String required : schema.required()) {
            if (present.stream().noneMatch(e -> e.name().equals(required))) {
                String owner = path.isEmpty() ? typeName : typeName + " " + path;
                sink.accept(new PropertyViolation(PropertyViolation.Kind.REQUIRED, anchor,
                        owner + " requires the property '" + required + "'.", List.of()));
            }
        }
    }

    private void shape(SourceRange range, String path, ValueSchema schema, String found) {
        sink.accept(new PropertyViolation(PropertyViolation.Kind.SHAPE, range,
                describe(path) + " must be " + ScalarChecks.expected(schema) + ", not " + found + ".", List.of()));
    }

    private void range(SourceRange range, String message) {
        sink.accept(new PropertyViolation(PropertyViolation.Kind.RANGE, range, message, List.of()));
    }

    private String describe(String path) {
        return path.isEmpty() ? "Properties of " + typeName : typeName + " property " + path;
    }

    static boolean accepts(ValueSchema schema, JsonType type) {
        return schema.types().isEmpty() || schema.types().contains(type);
    }
}
