package dev.cfnlsp.rules.support;

import dev.cfnlsp.template.IntrinsicNode;
import dev.cfnlsp.template.Intrinsics;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A string value as literal text and the names it is built from: a literal, {@code Ref}, {@code Fn::GetAtt},
 * {@code Fn::Sub} (both forms) and {@code Fn::Join}. Lets a rule read ARNs such as
 * {@code arn:${AWS::Partition}:s3:::${Bucket}/*} however they are written.
 */
public record StringParts(List<Part> parts) {

    public sealed interface Part permits Text, Variable, Unknown {
    }

    public record Text(String text) implements Part {
    }

    /** {@code name} is a logical id or pseudo parameter, with {@code .Attribute} for a GetAtt. */
    public record Variable(String name) implements Part {

        /** The logical id without the attribute. */
        public String target() {
            int dot = name.indexOf('.');
            return dot < 0 ? name : name.substring(0, dot);
        }
    }

    /** A piece produced by something else (e.g. {@code Fn::Select}, {@code Fn::ImportValue}). */
    public record Unknown() implements Part {
    }

    public StringParts {
        parts = List.copyOf(parts);
    }

    public static Optional<StringParts> of(TemplateNode node) {
        List<Part> parts = new ArrayList<>();
        return collect(node, parts) ? Optional.of(new StringParts(parts)) : Optional.empty();
    }

    /** The text with every variable written as {@code ${Name}} and every unknown piece as {@code ${?}}. */
    public String render() {
        StringBuilder text = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Text literal) {
                text.append(literal.text());
            } else if (part instanceof Variable variable) {
                text.append("${").append(variable.name()).append('}');
            } else {
                text.append("${?}");
            }
        }
        return text.toString();
    }

    public List<Variable> variables() {
        return parts.stream().filter(Variable.class::isInstance).map(Variable.class::cast).toList();
    }

    public boolean hasUnknown() {
        return parts.stream().anyMatch(Unknown.class::isInstance);
    }

    private static boolean collect(TemplateNode node, List<Part> parts) {
        if (node instanceof ScalarNode scalar) {
            if (!scalar.isNull()) {
                parts.add(new Text(scalar.value()));
            }
            return !scalar.isNull();
        }
        if (!(node instanceof IntrinsicNode call)) {
            return false;
        }
        return switch (call.function()) {
            case Intrinsics.REF -> addVariable(call.argument().scalarText(), parts);
            case Intrinsics.GET_ATT -> addVariable(getAttName(call.argument()), parts);
            case Intrinsics.SUB -> sub(call.argument(), parts);
            case "Fn::Join" -> join(call.argument(), parts);
            default -> false;
        };
    }

    private static boolean addVariable(String name, List<Part> parts) {
        if (name == null) {
            return false;
        }
        parts.add(new Variable(name));
        return true;
    }

    private static String getAttName(TemplateNode argument) {
        if (argument instanceof ScalarNode scalar) {
            return scalar.value();
        }
        if (argument instanceof SequenceNode pair && pair.items().size() == 2
                && pair.items().get(0) instanceof ScalarNode target && pair.items().get(1) instanceof ScalarNode attribute) {
            return target.value() + "." + attribute.value();
        }
        return null;
    }

    private static boolean sub(TemplateNode argument, List<Part> parts) {
        if (argument instanceof ScalarNode text) {
            subText(text.value(), Optional.empty(), parts);
            return true;
        }
        if (argument instanceof SequenceNode pair && pair.items().size() == 2
                && pair.items().get(0) instanceof ScalarNode text && pair.items().get(1) instanceof MappingNode values) {
            subText(text.value(), Optional.of(values), parts);
            return true;
        }
        return false;
    }

    /** {@code ${!Text}} is literal text; a name given in the variable map stands for that map value. */
    private static void subText(String text, Optional<MappingNode> values, List<Part> parts) {
        int position = 0;
        int start = text.indexOf("${");
        while (start >= 0) {
            int end = text.indexOf('}', start + 2);
            if (end < 0) {
                break;
            }
            String name = text.substring(start + 2, end);
            addText(text.substring(position, start), parts);
            if (name.startsWith("!")) {
                addText("${" + name.substring(1) + "}", parts);
            } else {
                Optional<TemplateNode> mapped = values.flatMap(v -> v.get(name));
                if (mapped.isEmpty()) {
                    parts.add(new Variable(name));
                } else if (!collect(mapped.get(), parts)) {
                    parts.add(new Unknown());
                }
            }
            position = end + 1;
            start = text.indexOf("${", position);
        }
        addText(text.substring(position), parts);
    }

    private static boolean join(TemplateNode argument, List<Part> parts) {
        if (!(argument instanceof SequenceNode pair) || pair.items().size() != 2
                || !(pair.items().get(0) instanceof ScalarNode delimiter) || !(pair.items().get(1) instanceof SequenceNode list)) {
            return false;
        }
        for (int i = 0; i < list.items().size(); i++) {
            if (i > 0) {
                addText(delimiter.value(), parts);
            }
            if (!collect(list.items().get(i), parts)) {
                parts.add(new Unknown());
            }
        }
        return true;
    }

    private static void addText(String text, List<Part> parts) {
        if (!text.isEmpty()) {
            parts.add(new Text(text));
        }
    }
}
