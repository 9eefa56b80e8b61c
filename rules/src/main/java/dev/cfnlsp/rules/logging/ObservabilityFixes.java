package dev.cfnlsp.rules.logging;

import dev.cfnlsp.edit.EditValue;
import dev.cfnlsp.edit.TemplateEdits;
import dev.cfnlsp.rule.RuleContext;
import dev.cfnlsp.rule.TextEdit;
import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.IntrinsicNode;
import dev.cfnlsp.template.Intrinsics;
import dev.cfnlsp.template.LineIndex;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.Resource;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.SourcePosition;
import dev.cfnlsp.template.SourceRange;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateFormat;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the fixes of the observability rules (CloudTrail, logging, Lambda, RDS) share: setting one property whether
 * it is missing, empty or written; adding properties and resources; the retention period new log groups get.
 *
 * <p>YAML aliases need care. The model shares an aliased node, so a value written {@code *keep} carries the range of
 * the {@code &keep} it repeats, and a block mapping or list that ends in one takes that range as its end. An edit
 * placed after such a value would land after the anchor, somewhere else in the file, and rewriting such a scalar would
 * change every alias of it. So insertions are placed after the text that is really last (the alias token itself),
 * and a value that is an alias is never rewritten; where that cannot be worked out, no fix is offered.
 */
public final class ObservabilityFixes {
    /** A parameter of this name, when the template declares one, is the retention every new log group uses. */
    public static final String RETENTION_PARAMETER = "LogRetentionInDays";
    public static final long DEFAULT_RETENTION_DAYS = 365;

    private ObservabilityFixes() {
    }

    public static TemplateEdits edits(RuleContext context) {
        return context.shared(TemplateEdits.class, c -> TemplateEdits.of(c.template()));
    }

    /** {@code RetentionInDays} for a log group: the template's retention parameter, else a year. */
    public static Retention retention(Template template) {
        return template.declarations(DeclarationKind.PARAMETER).containsKey(RETENTION_PARAMETER)
                ? new Retention(EditValue.ref(RETENTION_PARAMETER), "!Ref " + RETENTION_PARAMETER)
                : new Retention(EditValue.number(DEFAULT_RETENTION_DAYS), Long.toString(DEFAULT_RETENTION_DAYS));
    }

    /** A retention value and how a fix title shows it. */
    public record Retention(EditValue value, String shown) {
    }

    /**
     * The body of a new log group: kept on deletion and replacement (retain-stateful asks that of every log group,
     * and losing an audit or function log with its stack is rarely intended), with the given name if any, and a
     * retention period.
     */
    public static EditValue.Mapping logGroup(Optional<EditValue> name, Retention retention) {
        EditValue.MappingBuilder properties = EditValue.map();
        name.ifPresent(n -> properties.put("LogGroupName", n));
        properties.put("RetentionInDays", retention.value());
        return EditValue.map()
                .put("Type", LogGroupRetentionRule.LOG_GROUP)
                .put("DeletionPolicy", "Retain")
                .put("UpdateReplacePolicy", "Retain")
                .put("Properties", properties.build())
                .build();
    }

    /**
     * A new resource that serves {@code served} (refers to it, or is referred to only by it) exists exactly when that
     * one does: its {@code Condition}, if it has one, is copied right after {@code Type}. Without it a reference to a
     * resource its condition left out would fail the deployment.
     */
    public static EditValue.Mapping withConditionOf(Resource served, EditValue.Mapping body) {
        Optional<String> condition = served.attribute("Condition")
                .filter(ScalarNode.class::isInstance).map(ScalarNode.class::cast)
                .filter(c -> !c.isNull()).map(ScalarNode::value);
        if (condition.isEmpty()) {
            return body;
        }
        EditValue.MappingBuilder copy = EditValue.map();
        body.entries().forEach((key, value) -> {
            copy.put(key, value);
            if (key.equals("Type")) {
                copy.put("Condition", condition.get());
            }
        });
        return copy.build();
    }

    /**
     * Sets a property of a resource: adds it when it is not written, fills it in when it is written empty, and
     * rewrites a scalar in place (a literal keeps its quotes). Empty when the value is an intrinsic, a collection or
     * an alias, or {@code Properties} is not a mapping: a fix must not overwrite what it cannot read.
     */
    public static Optional<TextEdit> setValue(RuleContext context, Resource resource, String name, EditValue value) {
        TemplateEdits edits = edits(context);
        Optional<MappingEntry> written = resource.properties().flatMap(p -> p.entry(name));
        if (written.isEmpty()) {
            if (resource.propertiesNode().isPresent() && resource.properties().isEmpty()) {
                return Optional.empty();
            }
            return insertProperties(context, resource, EditValue.map().put(name, value).build());
        }
        if (!(written.get().value() instanceof ScalarNode scalar) || aliased(written.get())) {
            return Optional.empty();
        }
        SourceRange range = scalar.range();
        if (scalar.isNull() && range.start().equals(range.end())) {
            return Optional.of(new TextEdit(range, " " + edits.replaceValue(scalar, value).newText()));
        }
        if (value instanceof EditValue.Literal literal && !scalar.isNull()) {
            return Optional.of(edits.replaceScalar(scalar, literal.value()));
        }
        return Optional.of(edits.replaceValue(scalar, value));
    }

    /**
     * Adds properties that are not written yet, as one edit in the given order, creating {@code Properties} when the
     * resource has none. Empty when {@code Properties} is not a mapping, or is empty and more than one is added.
     */
    public static Optional<TextEdit> insertProperties(RuleContext context, Resource resource, EditValue.Mapping properties) {
        TemplateEdits edits = edits(context);
        if (resource.propertiesNode().isEmpty()) {
            return resource.body().flatMap(body -> insertEntry(context, body, "Properties", properties));
        }
        Optional<MappingNode> mapping = resource.properties();
        if (mapping.isEmpty() || mapping.get().isEmpty() && properties.entries().size() > 1) {
            return Optional.empty();
        }
        if (mapping.get().isEmpty()) {
            var only = properties.entries().entrySet().iterator().next();
            return Optional.of(edits.insertEntry(mapping.get(), only.getKey(), only.getValue()));
        }
        List<TextEdit> inserts = new ArrayList<>();
        for (var entry : properties.entries().entrySet()) {
            Optional<TextEdit> insert = insertEntry(context, mapping.get(), entry.getKey(), entry.getValue());
            if (insert.isEmpty()) {
                return Optional.empty();
            }
            inserts.add(insert.get());
        }
        List<TextEdit> joined = joinInsertions(inserts);
        return joined.size() == 1 ? Optional.of(joined.get(0)) : Optional.empty();
    }

    /** Declares a resource right after {@code after}. */
    public static Optional<TextEdit> insertResource(RuleContext context, Resource after, String logicalId, EditValue.Mapping body) {
        Optional<MappingNode> resources = context.template().rootMapping().flatMap(r -> r.mapping("Resources"));
        Optional<MappingEntry> entry = resources.flatMap(r -> r.entry(after.name()));
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        return place(context, resources.get(), entry.get(), edits(context).insertResource(after, logicalId, body));
    }

    /**
     * Makes {@code resource} depend on {@code logicalId}: a new {@code DependsOn} right after {@code Type}, one more
     * item in a list, or a list of the one written and the new one. Empty when {@code DependsOn} is something else.
     */
    public static Optional<TextEdit> addDependsOn(RuleContext context, Resource resource, String logicalId) {
        TemplateEdits edits = edits(context);
        Optional<MappingNode> body = resource.body();
        if (body.isEmpty()) {
            return Optional.empty();
        }
        Optional<MappingEntry> written = body.get().entry("DependsOn");
        if (written.isEmpty()) {
            Optional<MappingEntry> type = body.get().entry("Type");
            if (type.isEmpty()) {
                return Optional.empty();
            }
            return place(context, body.get(), type.get(), edits.insertAttribute(resource, "DependsOn", EditValue.text(logicalId)));
        }
        if (aliased(written.get())) {
            return Optional.empty();
        }
        TemplateNode value = written.get().value();
        if (value instanceof SequenceNode list) {
            SourcePosition previous = list.range().start();
            for (TemplateNode item : list.items()) {
                if (!(item instanceof ScalarNode) || item.range().start().compareTo(previous) < 0) {
                    return Optional.empty();
                }
                previous = item.range().start();
            }
            return Optional.of(edits.appendItem(list, EditValue.text(logicalId)));
        }
        if (value instanceof ScalarNode scalar && !scalar.isNull() && scalar.value().matches("[A-Za-z0-9]+")) {
            if (context.template().format() == TemplateFormat.JSON) {
                // On one line, as the YAML flow list is; logical ids need no escaping.
                return Optional.of(new TextEdit(scalar.range(), "[\"" + scalar.value() + "\", \"" + logicalId + "\"]"));
            }
            return Optional.of(edits.replaceValue(scalar, EditValue.list(EditValue.text(scalar.value()), EditValue.text(logicalId))));
        }
        return Optional.empty();
    }

    /** {@code key: value} after the last entry of a non-empty mapping. */
    private static Optional<TextEdit> insertEntry(RuleContext context, MappingNode mapping, String key, EditValue value) {
        if (mapping.isEmpty()) {
            return Optional.of(edits(context).insertEntry(mapping, key, value));
        }
        MappingEntry last = mapping.entries().get(mapping.entries().size() - 1);
        return place(context, mapping, last, edits(context).insertEntry(mapping, key, value));
    }

    /**
     * An insertion {@code TemplateEdits} placed after {@code anchor}, moved to where the anchor's text really ends
     * when an alias misled it. Its text (indentation taken from the anchor's key) is right either way.
     */
    private static Optional<TextEdit> place(RuleContext context, MappingNode mapping, MappingEntry anchor, TextEdit insertion) {
        Template template = context.template();
        boolean flow = mapping.flow() || template.format() == TemplateFormat.JSON;
        if (flow) {
            return aliased(anchor) ? Optional.empty() : Optional.of(insertion);
        }
        return textEnd(template, anchor.key().range().end(), anchor.value()).map(end -> {
            LineIndex lines = template.lines();
            SourcePosition at = lines.positionAt(lines.lineEnd(end.line()));
            return at.equals(insertion.range().start()) ? insertion : new TextEdit(new SourceRange(at, at), insertion.newText());
        });
    }

    /** Where the text of {@code value}, written after {@code after}, really ends; empty when that cannot be told. */
    private static Optional<SourcePosition> textEnd(Template template, SourcePosition after, TemplateNode value) {
        if (value.range().start().compareTo(after) < 0) {
            return aliasEnd(template, after);
        }
        if (value instanceof MappingNode mapping && !mapping.flow() && !mapping.isEmpty()) {
            MappingEntry last = mapping.entries().get(mapping.entries().size() - 1);
            return textEnd(template, last.key().range().end(), last.value());
        }
        if (value instanceof SequenceNode sequence && !sequence.flow() && !sequence.items().isEmpty()) {
            SourcePosition previous = sequence.range().start();
            for (TemplateNode item : sequence.items()) {
                if (item.range().start().compareTo(previous) < 0) {
                    return Optional.empty();
                }
                previous = item.range().start();
            }
            TemplateNode last = sequence.items().get(sequence.items().size() - 1);
            return textEnd(template, last.range().start(), last);
        }
        if (value instanceof IntrinsicNode call) {
            return textEnd(template, call.nameRange().end(), call.argument());
        }
        return Optional.of(value.range().end());
    }

    /** The end of the alias token ({@code *name}) that follows {@code after}, past blanks and comments. */
    private static Optional<SourcePosition> aliasEnd(Template template, SourcePosition after) {
        String text = template.text();
        int i = template.lines().offsetAt(after);
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == ':' || Character.isWhitespace(c)) {
                i++;
            } else {
                break;
            }
        }
        if (i >= text.length() || text.charAt(i) != '*') {
            return Optional.empty();
        }
        while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && ",[]{}".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return Optional.of(template.lines().positionAt(i));
    }

    /** A value written as an alias: the model gives it the range of its anchor, which comes before the key. */
    private static boolean aliased(MappingEntry entry) {
        return entry.value().range().start().compareTo(entry.key().range().end()) < 0;
    }

    /**
     * Insertions at one point, as a single edit whose text is theirs in order. Editors (which keep the order given)
     * and {@code TextEdits} (which reverses it) disagree about several insertions at one position, so a fix never
     * hands them more than one.
     */
    public static List<TextEdit> joinInsertions(List<TextEdit> edits) {
        List<TextEdit> joined = new ArrayList<>();
        for (TextEdit edit : edits) {
            int last = joined.size() - 1;
            if (last >= 0 && isInsertion(edit) && isInsertion(joined.get(last))
                    && joined.get(last).range().start().equals(edit.range().start())) {
                joined.set(last, new TextEdit(edit.range(), joined.get(last).newText() + edit.newText()));
            } else {
                joined.add(edit);
            }
        }
        return joined;
    }

    private static boolean isInsertion(TextEdit edit) {
        return edit.range().start().equals(edit.range().end());
    }

    /**
     * A written value as an {@link EditValue}, so a fix can repeat it elsewhere in the document's own style. A
     * {@code Fn::GetAtt} written as {@code X.Attr} becomes the list form, which both YAML and JSON accept.
     */
    public static Optional<EditValue> copy(TemplateNode node) {
        if (node instanceof ScalarNode scalar) {
            return switch (scalar.kind()) {
                case NULL -> Optional.empty();
                case STRING -> Optional.of(EditValue.text(scalar.value()));
                default -> Optional.of(new EditValue.Literal(scalar.value()));
            };
        }
        if (node instanceof IntrinsicNode call) {
            if (call.is(Intrinsics.GET_ATT) && call.argument() instanceof ScalarNode dotted && dotted.value().contains(".")) {
                int dot = dotted.value().indexOf('.');
                return Optional.of(EditValue.getAtt(dotted.value().substring(0, dot), dotted.value().substring(dot + 1)));
            }
            return copy(call.argument()).map(argument -> new EditValue.Intrinsic(call.function(), argument));
        }
        if (node instanceof SequenceNode sequence) {
            List<EditValue> items = new ArrayList<>();
            for (TemplateNode item : sequence.items()) {
                Optional<EditValue> copied = copy(item);
                if (copied.isEmpty()) {
                    return Optional.empty();
                }
                items.add(copied.get());
            }
            return Optional.of(new EditValue.Sequence(items));
        }
        MappingNode mapping = (MappingNode) node;
        EditValue.MappingBuilder copied = EditValue.map();
        for (MappingEntry entry : mapping.entries()) {
            Optional<EditValue> value = copy(entry.value());
            if (value.isEmpty()) {
                return Optional.empty();
            }
            copied.put(entry.name(), value.get());
        }
        return Optional.of(copied.build());
    }
}
