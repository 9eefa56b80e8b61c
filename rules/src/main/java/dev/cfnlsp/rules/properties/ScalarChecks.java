package dev.cfnlsp.rules.properties;

import dev.cfnlsp.edit.ScalarEdits;
import dev.cfnlsp.rule.Fix;
import dev.cfnlsp.rules.Suggestions;
import dev.cfnlsp.schema.JsonType;
import dev.cfnlsp.schema.ValueSchema;
import dev.cfnlsp.template.ScalarNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a literal scalar against its schema the way CloudFormation reads it: numbers and booleans written as
 * strings are fine ({@code "80"}, {@code "true"}), and strings accept any scalar.
 */
final class ScalarChecks {
    private static final Set<String> BOOLEAN_TEXTS = Set.of("true", "false");
    private static final Map<String, Optional<Pattern>> PATTERNS = new ConcurrentHashMap<>();

    private ScalarChecks() {
    }

    static void check(ScalarNode scalar, ValueSchema schema, String description, Consumer<PropertyViolation> sink) {
        if (scalar.isNull() || schema.types().isEmpty() && schema.enumValues().isEmpty()) {
            return;
        }
        Set<JsonType> types = schema.types();
        String value = scalar.value();
        if (isDynamicReference(value)) {
            return;
        }
        boolean acceptsString = types.isEmpty() || types.contains(JsonType.STRING) || acceptsJsonText(schema);
        boolean acceptsNumber = types.contains(JsonType.NUMBER) || types.contains(JsonType.INTEGER);
        boolean acceptsBoolean = types.contains(JsonType.BOOLEAN);
        boolean isNumber = isNumber(value);
        boolean isBoolean = BOOLEAN_TEXTS.contains(value.toLowerCase(Locale.ROOT));
        if (!acceptsString && !(acceptsNumber && isNumber) && !(acceptsBoolean && isBoolean)) {
            if (!types.isEmpty() && !acceptsNumber && !acceptsBoolean) {
                report(sink, PropertyViolation.Kind.SHAPE, scalar, description + " must be " + expected(schema) + ", not a single value.");
            } else {
                report(sink, PropertyViolation.Kind.SHAPE, scalar, description + " must be " + expected(schema) + "; '" + value + "' is not.");
            }
            return;
        }
        if (types.contains(JsonType.INTEGER) && !types.contains(JsonType.NUMBER) && !acceptsString && isFraction(value)) {
            report(sink, PropertyViolation.Kind.SHAPE, scalar, description + " must be a whole number; '" + value + "' is not.");
            return;
        }
        checkEnum(scalar, schema, description, sink);
        if (acceptsNumber && isNumber && !acceptsString) {
            checkBounds(scalar, new BigDecimal(value.trim()), schema, description, sink);
        } else if (acceptsString) {
            checkString(scalar, schema, description, sink);
        }
    }

    /** Free-form JSON properties (policy documents and the like) may also be written as a JSON string. */
    private static boolean acceptsJsonText(ValueSchema schema) {
        return schema.types().contains(JsonType.OBJECT) && schema.properties().isEmpty();
    }

    static String expected(ValueSchema schema) {
        if (schema.types().isEmpty()) {
            return "a value";
        }
        return String.join(" or ", schema.types().stream().map(ScalarChecks::article).toList());
    }

    private static String article(JsonType type) {
        return switch (type) {
            case STRING -> "a string";
            case INTEGER -> "an integer";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean (true or false)";
            case OBJECT -> "a mapping";
            case ARRAY -> "a list";
        };
    }

    private static void checkEnum(ScalarNode scalar, ValueSchema schema, String description, Consumer<PropertyViolation> sink) {
        List<String> allowed = schema.enumValues();
        if (allowed.isEmpty() || allowed.contains(scalar.value())) {
            return;
        }
        // Spelling distance means nothing between numbers: 45 is not a typo of 5.
        Optional<String> suggestion = isNumber(scalar.value()) ? Optional.empty() : Suggestions.closest(scalar.value(), allowed);
        String message = description + " is '" + scalar.value() + "', which is not allowed. Allowed values: "
                + String.join(", ", allowed) + "." + suggestion.map(s -> " Did you mean '" + s + "'?").orElse("");
        List<Fix> fixes = suggestion.map(s -> List.of(Fix.changeTo(s, ScalarEdits.replace(scalar, s)))).orElse(List.of());
        sink.accept(new PropertyViolation(PropertyViolation.Kind.ENUM, scalar.range(), message, fixes));
    }

    private static void checkBounds(ScalarNode scalar, BigDecimal number, ValueSchema schema, String description,
                                    Consumer<PropertyViolation> sink) {
        schema.minimum().filter(min -> number.compareTo(min) < 0).ifPresent(min -> report(sink, PropertyViolation.Kind.RANGE, scalar,
                description + " is " + scalar.value() + "; the minimum is " + min.toPlainString() + "."));
        schema.maximum().filter(max -> number.compareTo(max) > 0).ifPresent(max -> report(sink, PropertyViolation.Kind.RANGE, scalar,
                description + " is " + scalar.value() + "; the maximum is " + max.toPlainString() + "."));
    }

    private static void checkString(ScalarNode scalar, ValueSchema schema, String description, Consumer<PropertyViolation> sink) {
        String value = scalar.value();
        int length = value.codePointCount(0, value.length());
        schema.minLength().ifPresent(min -> {
            if (length < min) {
                report(sink, PropertyViolation.Kind.RANGE, scalar, description + " has " + length + " characters; it needs at least " + min + ".");
            }
        });
        schema.maxLength().ifPresent(max -> {
            if (length > max) {
                report(sink, PropertyViolation.Kind.RANGE, scalar, description + " has " + length + " characters; at most " + max + " are allowed.");
            }
        });
        schema.pattern().flatMap(ScalarChecks::compile).ifPresent(pattern -> {
            if (!pattern.matcher(value).find()) {
                report(sink, PropertyViolation.Kind.PATTERN, scalar, description + " '" + value + "' does not match the pattern "
                        + schema.pattern().get() + ".");
            }
        });
    }

    /** Schema patterns are ECMA-262; the few Java cannot compile are skipped rather than guessed at. */
    private static Optional<Pattern> compile(String regex) {
        return PATTERNS.computeIfAbsent(regex, r -> {
            try {
                return Optional.of(Pattern.compile(r));
            } catch (PatternSyntaxException e) {
                return Optional.empty();
            }
        });
    }

    private static boolean isFraction(String value) {
        return isNumber(value) && new BigDecimal(value.trim()).stripTrailingZeros().scale() > 0;
    }

    /**
     * What {@code new BigDecimal(value.trim())} accepts: a sign, digits with at most one point, an exponent. Checked
     * by hand because most values are not numbers, and a thrown exception per value made this the costliest line
     * of an analysis.
     */
    static boolean isNumber(String value) {
        String number = value.trim();
        int i = number.startsWith("+") || number.startsWith("-") ? 1 : 0;
        int digits = 0;
        boolean point = false;
        for (; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < number.length() && (number.charAt(i) == 'e' || number.charAt(i) == 'E')) {
            i++;
            i += i < number.length() && (number.charAt(i) == '+' || number.charAt(i) == '-') ? 1 : 0;
            int exponentDigits = 0;
            for (; i < number.length() && number.charAt(i) >= '0' && number.charAt(i) <= '9'; i++) {
                exponentDigits++;
            }
            // BigDecimal takes exponents that fit an int.
            if (exponentDigits == 0 || exponentDigits > 9) {
                return false;
            }
        }
        return i == number.length();
    }

    /** {{resolve:ssm:...}} and friends are replaced at deploy time; their literal text says nothing about the value. */
    private static boolean isDynamicReference(String value) {
        return value.contains("{{resolve:");
    }

    private static void report(Consumer<PropertyViolation> sink, PropertyViolation.Kind kind, ScalarNode scalar, String message) {
        sink.accept(new PropertyViolation(kind, scalar.range(), message, List.of()));
    }
}
