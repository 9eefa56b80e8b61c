package dev.cfnlsp.rules.s3;

import dev.cfnlsp.template.IntrinsicNode;
import dev.cfnlsp.template.Intrinsics;
import dev.cfnlsp.template.MappingEntry;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.TemplateNode;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bucket name or ARN as text that can be compared: {@code !Ref X} becomes {@code ${X}}, a bucket's {@code Arn}
 * attribute becomes {@code arn:aws:s3:::${X}} and the partition becomes {@code aws}. Other variables stay written as
 * {@code ${Name}}, so two values built from the same parameters compare equal. Empty when the value cannot be read.
 */
final class ArnText {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}!][^}]*)}");
    private static final String PARTITION = "AWS::Partition";

    private final Set<String> buckets;

    ArnText(Set<String> bucketIds) {
        this.buckets = bucketIds;
    }

    Optional<String> of(TemplateNode node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.isNull() ? Optional.empty() : Optional.of(scalar.value());
        }
        if (!(node instanceof IntrinsicNode call)) {
            return Optional.empty();
        }
        return switch (call.function()) {
            case Intrinsics.REF -> Optional.ofNullable(call.argument().scalarText()).map(this::variable);
            case Intrinsics.GET_ATT -> getAtt(call);
            case Intrinsics.SUB -> sub(call.argument());
            case "Fn::Join" -> join(call.argument());
            default -> Optional.empty();
        };
    }

    private Optional<String> getAtt(IntrinsicNode call) {
        String text = call.argument() instanceof SequenceNode pair && pair.items().size() == 2
                ? pair.items().get(0).scalarText() + "." + pair.items().get(1).scalarText()
                : call.argument().scalarText();
        return text == null ? Optional.empty() : Optional.ofNullable(attribute(text));
    }

    /** The text a {@code ${...}} variable stands for; null when it cannot be compared. */
    private String attribute(String name) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            return variable(name);
        }
        String target = name.substring(0, dot);
        return buckets.contains(target) && name.substring(dot + 1).equals("Arn") ? "arn:aws:s3:::${" + target + "}" : null;
    }

    private String variable(String name) {
        return name.equals(PARTITION) ? "aws" : "${" + name + "}";
    }

    private Optional<String> sub(TemplateNode argument) {
        if (argument instanceof ScalarNode text) {
            return substitute(text.value(), null);
        }
        if (argument instanceof SequenceNode pair && pair.items().size() == 2
                && pair.items().get(0) instanceof ScalarNode text && pair.items().get(1) instanceof MappingNode values) {
            return substitute(text.value(), values);
        }
        return Optional.empty();
    }

    private Optional<String> substitute(String text, MappingNode values) {
        StringBuilder result = new StringBuilder();
        Matcher matcher = VARIABLE.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1);
            Optional<MappingEntry> given = values == null ? Optional.empty() : values.entry(name);
            String replacement = given.isPresent() ? of(given.get().value()).orElse(null) : attribute(name);
            if (replacement == null) {
                return Optional.empty();
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return Optional.of(result.toString());
    }

    private Optional<String> join(TemplateNode argument) {
        if (!(argument instanceof SequenceNode pair) || pair.items().size() != 2
                || !(pair.items().get(0) instanceof ScalarNode delimiter) || !(pair.items().get(1) instanceof SequenceNode parts)) {
            return Optional.empty();
        }
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < parts.items().size(); i++) {
            Optional<String> part = of(parts.items().get(i));
            if (part.isEmpty()) {
                return Optional.empty();
            }
            result.append(i == 0 ? "" : delimiter.value()).append(part.get());
        }
        return Optional.of(result.toString());
    }
}
