package dev.cfnlsp.rules.lambda;

import dev.cfnlsp.template.IntrinsicNode;
import dev.cfnlsp.template.Intrinsics;
import dev.cfnlsp.template.MappingNode;
import dev.cfnlsp.template.PseudoParameters;
import dev.cfnlsp.template.ScalarNode;
import dev.cfnlsp.template.SequenceNode;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A name as a template composes it, e.g. {@code !Sub "/aws/lambda/${Fn}"}: literal text, references to other
 * declarations, and parts no one can know before deployment (a FindInMap, an If). Two patterns can be compared for
 * certain equality or for a possible one.
 */
final class NamePattern {
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");
    /** Stands for any text in a rendered pattern; cannot occur in a CloudFormation name. */
    private static final char ANY = '\u0000';

    private sealed interface Part permits Text, Reference, Unknown {
        /** As written, references spelled {@code ${Name}}. */
        String canonical();

        /** As a match pattern: a resource reference stands for that resource's name, anything else for any text. */
        String rendered(Template template);
    }

    private record Text(String text) implements Part {
        public String canonical() {
            return text;
        }

        public String rendered(Template template) {
            return text;
        }
    }

    /** A logical id, pseudo parameter or {@code Resource.Attribute}, as a {@code !Ref} or {@code ${...}} names it. */
    private record Reference(String name) implements Part {
        public String canonical() {
            return "${" + name + "}";
        }

        public String rendered(Template template) {
            boolean resource = !PseudoParameters.isPseudo(name) && template.resource(name.split("\\.")[0]).isPresent();
            return resource ? canonical() : String.valueOf(ANY);
        }
    }

    private record Unknown() implements Part {
        public String canonical() {
            return String.valueOf(ANY);
        }

        public String rendered(Template template) {
            return String.valueOf(ANY);
        }
    }

    private final List<Part> parts;

    private NamePattern(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    static NamePattern literal(String text) {
        return new NamePattern(List.of(new Text(text)));
    }

    static NamePattern reference(String name) {
        return new NamePattern(List.of(new Reference(name)));
    }

    static NamePattern unknown() {
        return new NamePattern(List.of(new Unknown()));
    }

    static NamePattern of(TemplateNode node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.isNull() ? unknown() : literal(scalar.value());
        }
        if (node instanceof IntrinsicNode call) {
            return switch (call.function()) {
                case Intrinsics.REF -> Optional.ofNullable(call.argument().scalarText()).map(NamePattern::reference).orElseGet(NamePattern::unknown);
                case Intrinsics.GET_ATT -> getAtt(call.argument());
                case Intrinsics.SUB -> sub(call.argument());
                case "Fn::Join" -> join(call.argument());
                default -> unknown();
            };
        }
        return unknown();
    }

    NamePattern then(NamePattern next) {
        List<Part> joined = new ArrayList<>(parts);
        joined.addAll(next.parts);
        return new NamePattern(joined);
    }

    /** Written the same way with nothing unknown, so the two names are equal once deployed. */
    boolean sameAs(NamePattern other) {
        return parts.stream().noneMatch(Unknown.class::isInstance) && canonical().equals(other.canonical());
    }

    /**
     * Whether the two could name the same thing. A reference to a resource stands for that resource's own name; a
     * parameter, a pseudo parameter or an unknown part could be any text.
     */
    boolean mayEqual(NamePattern other, Template template) {
        return mayEqual(render(template), other.render(template));
    }

    /** Whether a rendered pattern has no unknown part, so only the same text can equal it. */
    static boolean isExact(String rendered) {
        return rendered.indexOf(ANY) < 0;
    }

    /** {@link #mayEqual(NamePattern, Template)} of two rendered patterns. */
    static boolean mayEqual(String a, String b) {
        return literalEndsAgree(a, b) && intersect(a, b);
    }

    private String canonical() {
        return parts.stream().map(Part::canonical).collect(Collectors.joining());
    }

    /** The match pattern {@link #mayEqual(String, String)} compares; see {@link Part#rendered}. */
    String render(Template template) {
        return parts.stream().map(p -> p.rendered(template)).collect(Collectors.joining());
    }

    /** A cheap rejection before the quadratic match: the texts before the first and after the last wildcard must agree. */
    private static boolean literalEndsAgree(String a, String b) {
        int start = 0;
        while (start < a.length() && start < b.length() && a.charAt(start) != ANY && b.charAt(start) != ANY) {
            if (a.charAt(start) != b.charAt(start)) {
                return false;
            }
            start++;
        }
        for (int i = a.length() - 1, j = b.length() - 1; i >= 0 && j >= 0 && a.charAt(i) != ANY && b.charAt(j) != ANY; i--, j--) {
            if (a.charAt(i) != b.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** Whether some text matches both patterns, where {@link #ANY} matches any text; a dynamic program over both. */
    private static boolean intersect(String a, String b) {
        boolean[][] matches = new boolean[a.length() + 1][b.length() + 1];
        matches[a.length()][b.length()] = true;
        for (int i = a.length(); i >= 0; i--) {
            for (int j = b.length(); j >= 0; j--) {
                if (i == a.length() && j == b.length()) {
                    continue;
                }
                boolean anyA = i < a.length() && a.charAt(i) == ANY;
                boolean anyB = j < b.length() && b.charAt(j) == ANY;
                matches[i][j] = anyA && (matches[i + 1][j] || j < b.length() && matches[i][j + 1])
                        || anyB && (matches[i][j + 1] || i < a.length() && matches[i + 1][j])
                        || i < a.length() && j < b.length() && !anyA && !anyB && a.charAt(i) == b.charAt(j) && matches[i + 1][j + 1];
            }
        }
        return matches[0][0];
    }

    private static NamePattern getAtt(TemplateNode argument) {
        if (argument instanceof ScalarNode scalar) {
            return reference(scalar.value());
        }
        if (argument instanceof SequenceNode list && list.items().size() == 2
                && list.items().get(0) instanceof ScalarNode resource && list.items().get(1) instanceof ScalarNode attribute) {
            return reference(resource.value() + "." + attribute.value());
        }
        return unknown();
    }

    private static NamePattern sub(TemplateNode argument) {
        if (argument instanceof ScalarNode text) {
            return substitute(text.value(), Map.of());
        }
        if (argument instanceof SequenceNode list && list.items().size() == 2 && list.items().get(0) instanceof ScalarNode text
                && list.items().get(1) instanceof MappingNode variables) {
            Map<String, TemplateNode> values = new HashMap<>();
            variables.entries().forEach(e -> values.put(e.name(), e.value()));
            return substitute(text.value(), values);
        }
        return unknown();
    }

    private static NamePattern substitute(String text, Map<String, TemplateNode> variables) {
        List<Part> parts = new ArrayList<>();
        Matcher variable = SUB_VARIABLE.matcher(text);
        int last = 0;
        while (variable.find()) {
            parts.add(new Text(text.substring(last, variable.start())));
            String name = variable.group(1);
            if (name.startsWith("!")) {
                parts.add(new Text("${" + name.substring(1) + "}"));
            } else if (variables.containsKey(name)) {
                parts.addAll(of(variables.get(name)).parts);
            } else {
                parts.add(new Reference(name.trim()));
            }
            last = variable.end();
        }
        parts.add(new Text(text.substring(last)));
        return new NamePattern(parts);
    }

    private static NamePattern join(TemplateNode argument) {
        if (!(argument instanceof SequenceNode list) || list.items().size() != 2
                || !(list.items().get(0) instanceof ScalarNode delimiter) || !(list.items().get(1) instanceof SequenceNode items)) {
            return unknown();
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < items.items().size(); i++) {
            if (i > 0) {
                parts.add(new Text(delimiter.isNull() ? "" : delimiter.value()));
            }
            parts.addAll(of(items.items().get(i)).parts);
        }
        return new NamePattern(parts);
    }
}
