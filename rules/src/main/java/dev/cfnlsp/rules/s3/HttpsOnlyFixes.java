package dev.cfnlsp.rules.s3;

import dev.cfnlsp.edit.DocumentStyle;
import dev.cfnlsp.edit.EditValue;
import dev.cfnlsp.edit.TemplateEdits;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rule.TextEdit;
import dev.cfnlsp.rules.StorageFixes;
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
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fixes of s3-https-only: a new bucket policy with the statement that refuses plain HTTP, that statement
 * appended to the bucket's policy, or the missing half (bucket ARN or ARN/*) added to a statement's Resource.
 *
 * <p>The objects ARN is {@code !Sub "${Bucket.Arn}/*"}, except where a YAML value is wrapped into a flow list here
 * (rather than by {@link TemplateEdits}, which quotes flow indicators in flow collections): {@code replaceValue}
 * writes the string unquoted, which a flow collection cannot read, so there it is
 * {@code !Join ["", [!GetAtt Bucket.Arn, /*]]}.
 */
final class HttpsOnlyFixes {
    static final String POLICY_TYPE = "AWS::S3::BucketPolicy";

    private final Template template;
    private final TemplateEdits edits;
    private final DocumentStyle style;

    HttpsOnlyFixes(Template template, TemplateEdits edits) {
        this.template = template;
        this.edits = edits;
        this.style = edits.style();
    }

    /** A new {@code AWS::S3::BucketPolicy} right after the bucket, under the bucket's condition if it has one. */
    Optional<Fix> newPolicy(Resource bucket) {
        Optional<MappingNode> resources = template.rootMapping().flatMap(root -> root.mapping("Resources"));
        Optional<MappingNode> body = bucket.body();
        if (resources.isEmpty() || body.isEmpty() || !StorageFixes.writtenInPlace(bucket.key().range().end(), body.get())
                || resources.get().entries().stream().filter(e -> e.name().equals(bucket.name())).count() != 1) {
            return Optional.empty();
        }
        String id = edits.unusedLogicalId(bucket.name() + "Policy");
        EditValue.MappingBuilder policy = EditValue.map().put("Type", POLICY_TYPE);
        bucket.attribute("Condition").filter(ScalarNode.class::isInstance).map(TemplateNode::scalarText)
                .ifPresent(condition -> policy.put("Condition", condition));
        policy.put("Properties", EditValue.map()
                .put("Bucket", EditValue.ref(bucket.name()))
                .put("PolicyDocument", EditValue.map()
                        .put("Version", "2012-10-17")
                        .put("Statement", EditValue.list(denial(bucket)))
                        .build())
                .build());
        return Optional.of(Fix.safe("Add bucket policy " + id + " that denies plain-HTTP requests to " + bucket.name(),
                edits.insertResource(bucket, id, policy.build())));
    }

    /** The denial appended to the Statement list of the bucket's own policy. */
    Optional<Fix> appendStatement(Resource bucket, Resource policy) {
        Optional<TemplateNode> statements = policy.property("PolicyDocument")
                .filter(MappingNode.class::isInstance).map(MappingNode.class::cast)
                .flatMap(document -> document.get("Statement"));
        if (statements.isEmpty() || !(statements.get() instanceof SequenceNode list) || !appendable(list)) {
            return Optional.empty();
        }
        return Optional.of(Fix.safe("Add a statement to " + policy.name() + " that denies plain-HTTP requests to "
                + bucket.name(), StorageFixes.appendItem(edits, template, list, denial(bucket))));
    }

    /** What a denial's Resource lacks (the bucket ARN, ARN/* or both), added to it: to the list, or making a single value a list. */
    Optional<Fix> completeResource(Resource bucket, MappingNode statement, Set<BucketScope.Part> missing) {
        MappingEntry resource = statement.entry("Resource").orElseThrow();
        String title = "Add " + describe(bucket, missing) + " to this statement's Resource";
        TemplateNode value = resource.value();
        boolean yaml = style.format() == TemplateFormat.YAML;
        if (value instanceof SequenceNode list) {
            if (!appendable(list)) {
                return Optional.empty();
            }
            List<TextEdit> appends = missingValues(bucket, missing, false).stream()
                    .map(item -> StorageFixes.appendItem(edits, template, list, item)).toList();
            return Optional.of(Fix.safe(title, StorageFixes.merged(appends)));
        }
        if (!StorageFixes.writtenInPlace(resource.key().range().end(), value)) {
            return Optional.empty();
        }
        if (yaml && !statement.flow()) {
            return blockList(resource, missingValues(bucket, missing, false))
                    .map(changes -> Fix.safe(title, changes));
        }
        String items = missingValues(bucket, missing, yaml).stream()
                .map(item -> ", " + edits.replaceValue(value, item).newText()).collect(Collectors.joining());
        return Optional.of(Fix.safe(title, insertAt(value.range().start(), "["), insertAt(value.range().end(), items + "]")));
    }

    private static String describe(Resource bucket, Set<BucketScope.Part> missing) {
        if (missing.size() == 2) {
            return "the ARN of " + bucket.name() + " and its objects (ARN/*)";
        }
        return missing.contains(BucketScope.Part.BUCKET) ? "the ARN of " + bucket.name() : "the objects of " + bucket.name() + " (ARN/*)";
    }

    /** {@code wrappedInFlow}: the values go into a YAML flow list this class writes itself. */
    private List<EditValue> missingValues(Resource bucket, Set<BucketScope.Part> missing, boolean wrappedInFlow) {
        List<EditValue> values = new ArrayList<>();
        if (missing.contains(BucketScope.Part.BUCKET)) {
            values.add(bucketArn(bucket));
        }
        if (missing.contains(BucketScope.Part.OBJECTS)) {
            values.add(objectsArn(bucket, wrappedInFlow));
        }
        return values;
    }

    /**
     * Turns {@code Resource: x} into a block list of x and the missing values, each on its own line; x keeps its text
     * (the lines of a value written over several lines move right, under the dash) and its line keeps its comment.
     * Only for a value that starts on the key's line.
     */
    private Optional<TextEdit[]> blockList(MappingEntry resource, List<EditValue> missing) {
        TemplateNode value = resource.value();
        SourceRange key = resource.key().range();
        LineIndex lines = template.lines();
        int between = lines.offsetAt(key.end());
        int valueStart = lines.offsetAt(value.range().start());
        if (value.range().start().line() != key.start().line()
                || !template.text().substring(between, valueStart).matches("[ \\t]*:[ \\t]*")) {
            return Optional.empty();
        }
        String keyIndent = " ".repeat(key.start().character());
        String itemIndent = style.indentedSequences() ? keyIndent + style.indentUnit() : keyIndent;
        String shift = " ".repeat(itemIndent.length() + 2 - keyIndent.length());
        List<TextEdit> changes = new ArrayList<>();
        changes.add(new TextEdit(new SourceRange(key.end(), value.range().start()), ":" + style.lineEnding() + itemIndent + "- "));
        for (int line = value.range().start().line() + 1; line <= value.range().end().line(); line++) {
            if (!lines.lineText(line).isBlank()) {
                changes.add(insertAt(new SourcePosition(line, 0), shift));
            }
        }
        String items = missing.stream()
                .map(item -> style.lineEnding() + itemIndent + "- " + edits.replaceValue(value, item).newText())
                .collect(Collectors.joining());
        changes.add(insertAt(lines.positionAt(lines.lineEnd(value.range().end().line())), items));
        return Optional.of(changes.toArray(TextEdit[]::new));
    }

    /** A list whose last item is written in place, so that appending after it lands in the list. */
    private static boolean appendable(SequenceNode list) {
        return list.items().isEmpty() || StorageFixes.writtenInPlace(
                list.items().size() > 1 ? list.items().get(list.items().size() - 2).range().end() : list.range().start(),
                list.items().get(list.items().size() - 1));
    }

    private EditValue denial(Resource bucket) {
        return EditValue.map()
                .put("Sid", "DenyInsecureTransport")
                .put("Effect", "Deny")
                .put("Principal", "*")
                .put("Action", "s3:*")
                .put("Resource", EditValue.list(bucketArn(bucket), objectsArn(bucket, false)))
                .put("Condition", EditValue.map().put("Bool", EditValue.map()
                        .put("aws:SecureTransport", EditValue.bool(false)).build()).build())
                .build();
    }

    private static EditValue bucketArn(Resource bucket) {
        return EditValue.getAtt(bucket.name(), "Arn");
    }

    private EditValue objectsArn(Resource bucket, boolean wrappedInFlow) {
        if (style.format() == TemplateFormat.JSON || !wrappedInFlow) {
            return EditValue.sub("${" + bucket.name() + ".Arn}/*");
        }
        return new EditValue.Intrinsic("Fn::Join", EditValue.list(EditValue.text(""),
                EditValue.list(bucketArn(bucket), EditValue.text("/*"))));
    }

    private static TextEdit insertAt(SourcePosition position, String text) {
        return new TextEdit(new SourceRange(position, position), text);
    }
}
