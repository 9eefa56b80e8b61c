package dev.cfnlsp.bundle;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the validator can use of one JSON Schema value, after combinators are merged.
 * Either a pure reference to a named definition ({@code ref} set, everything else empty) or a concrete shape.
 * Empty {@code types} means any type; a null constraint means unconstrained.
 */
record Shape(
        String ref,
        Set<Kind> types,
        Map<String, Shape> properties,
        Set<String> required,
        boolean closed,
        Shape items,
        List<String> enumValues,
        String pattern,
        BigDecimal minimum,
        BigDecimal maximum,
        Integer minLength,
        Integer maxLength,
        Integer minItems,
        Integer maxItems) {

    static final Shape ANY = new Builder().build();

    static Shape reference(String definitionName) {
        return new Shape(definitionName, Set.of(), Map.of(), Set.of(), false,
                null, null, null, null, null, null, null, null, null);
    }

    boolean isReference() {
        return ref != null;
    }

    boolean admits(Kind kind) {
        return types.isEmpty() || types.contains(kind);
    }

    Builder toBuilder() {
        Builder builder = new Builder();
        builder.types.addAll(types);
        builder.properties.putAll(properties);
        builder.required.addAll(required);
        builder.closed = closed;
        builder.items = items;
        builder.enumValues = enumValues;
        builder.pattern = pattern;
        builder.minimum = minimum;
        builder.maximum = maximum;
        builder.minLength = minLength;
        builder.maxLength = maxLength;
        builder.minItems = minItems;
        builder.maxItems = maxItems;
        return builder;
    }

    static final class Builder {
        final Set<Kind> types = EnumSet.noneOf(Kind.class);
        final Map<String, Shape> properties = new LinkedHashMap<>();
        final Set<String> required = new LinkedHashSet<>();
        boolean closed;
        Shape items;
        List<String> enumValues;
        String pattern;
        BigDecimal minimum;
        BigDecimal maximum;
        Integer minLength;
        Integer maxLength;
        Integer minItems;
        Integer maxItems;

        Shape build() {
            return new Shape(null,
                    types.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(types)),
                    Collections.unmodifiableMap(new LinkedHashMap<>(properties)),
                    Collections.unmodifiableSet(new LinkedHashSet<>(required)), closed, items,
                    enumValues == null ? null : List.copyOf(enumValues), pattern, minimum, maximum,
                    minLength, maxLength, minItems, maxItems);
        }
    }
}
