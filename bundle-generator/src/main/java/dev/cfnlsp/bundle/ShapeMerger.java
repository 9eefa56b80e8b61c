package dev.cfnlsp.bundle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * Merges JSON Schema combinators conservatively: the merged shape may accept more than the original schema, never less,
 * because a false error costs the user more than a missed one.
 */
final class ShapeMerger {

    /** Merging two different recursive definitions could unfold forever; past this depth the merge stops constraining. */
    private static final int MAX_DEPTH = 8;

    private final Function<String, Shape> definitions;

    /** @param definitions the concrete shape of a definition by name */
    ShapeMerger(Function<String, Shape> definitions) {
        this.definitions = definitions;
    }

    /** A value valid against either shape ({@code anyOf}, {@code oneOf}). */
    Shape union(Shape a, Shape b) {
        return union(a, b, 0);
    }

    /** A value valid against both shapes ({@code allOf}). */
    Shape intersection(Shape a, Shape b) {
        return intersection(a, b, 0);
    }

    private Shape union(Shape a, Shape b, int depth) {
        if (sameReference(a, b)) {
            return a;
        }
        if (Shape.ANY.equals(a) || Shape.ANY.equals(b) || depth > MAX_DEPTH) {
            return Shape.ANY;
        }
        Shape left = concrete(a);
        Shape right = concrete(b);
        Shape.Builder out = new Shape.Builder();
        if (!left.types().isEmpty() && !right.types().isEmpty()) {
            out.types.addAll(left.types());
            out.types.addAll(right.types());
        }
        unionObjects(left, right, out, depth);
        out.items = unionItems(left, right, depth);
        if (left.enumValues() != null && right.enumValues() != null) {
            Set<String> values = new LinkedHashSet<>(left.enumValues());
            values.addAll(right.enumValues());
            out.enumValues = new ArrayList<>(values);
        }
        out.pattern = sameOrNull(left.pattern(), right.pattern());
        out.minimum = sameOrNull(left.minimum(), right.minimum());
        out.maximum = sameOrNull(left.maximum(), right.maximum());
        out.minLength = sameOrNull(left.minLength(), right.minLength());
        out.maxLength = sameOrNull(left.maxLength(), right.maxLength());
        out.minItems = sameOrNull(left.minItems(), right.minItems());
        out.maxItems = sameOrNull(left.maxItems(), right.maxItems());
        return out.build();
    }

    /** Only alternatives that admit objects say anything about keys; an open one lets any key hold any value. */
    private void unionObjects(Shape left, Shape right, Shape.Builder out, int depth) {
        boolean leftObject = left.admits(Kind.OBJECT);
        boolean rightObject = right.admits(Kind.OBJECT);
        if (!leftObject || !rightObject) {
            Shape objectSide = leftObject ? left : rightObject ? right : Shape.ANY;
            out.properties.putAll(objectSide.properties());
            out.required.addAll(objectSide.required());
            out.closed = objectSide.closed();
            return;
        }
        out.closed = left.closed() && right.closed();
        Set<String> keys = new LinkedHashSet<>(left.properties().keySet());
        keys.addAll(right.properties().keySet());
        for (String key : keys) {
            Shape fromLeft = propertyOrAnyIfOpen(left, key);
            Shape fromRight = propertyOrAnyIfOpen(right, key);
            Shape merged = fromLeft == null ? fromRight
                    : fromRight == null ? fromLeft
                    : union(fromLeft, fromRight, depth + 1);
            out.properties.put(key, merged);
        }
        for (String key : left.required()) {
            if (right.required().contains(key)) {
                out.required.add(key);
            }
        }
    }

    private static Shape propertyOrAnyIfOpen(Shape shape, String key) {
        Shape property = shape.properties().get(key);
        return property != null || shape.closed() ? property : Shape.ANY;
    }

    private Shape unionItems(Shape left, Shape right, int depth) {
        boolean leftArray = left.admits(Kind.ARRAY);
        boolean rightArray = right.admits(Kind.ARRAY);
        if (!leftArray || !rightArray) {
            return leftArray ? left.items() : rightArray ? right.items() : null;
        }
        if (left.items() == null || right.items() == null) {
            return null;
        }
        return union(left.items(), right.items(), depth + 1);
    }

    private Shape intersection(Shape a, Shape b, int depth) {
        if (sameReference(a, b) || Shape.ANY.equals(b) || depth > MAX_DEPTH) {
            return a;
        }
        if (Shape.ANY.equals(a)) {
            return b;
        }
        Shape left = concrete(a);
        Shape right = concrete(b);
        Shape.Builder out = new Shape.Builder();
        out.types.addAll(intersectTypes(left.types(), right.types()));
        out.properties.putAll(left.properties());
        right.properties().forEach((key, shape) ->
                out.properties.merge(key, shape, (x, y) -> intersection(x, y, depth + 1)));
        out.required.addAll(left.required());
        out.required.addAll(right.required());
        out.closed = left.closed() || right.closed();
        out.items = left.items() == null ? right.items()
                : right.items() == null ? left.items()
                : intersection(left.items(), right.items(), depth + 1);
        out.enumValues = intersectEnums(left.enumValues(), right.enumValues());
        out.pattern = left.pattern() != null ? left.pattern() : right.pattern();
        out.minimum = pick(left.minimum(), right.minimum(), BinaryOperator.maxBy(Comparator.naturalOrder()));
        out.maximum = pick(left.maximum(), right.maximum(), BinaryOperator.minBy(Comparator.naturalOrder()));
        out.minLength = pick(left.minLength(), right.minLength(), Math::max);
        out.maxLength = pick(left.maxLength(), right.maxLength(), Math::min);
        out.minItems = pick(left.minItems(), right.minItems(), Math::max);
        out.maxItems = pick(left.maxItems(), right.maxItems(), Math::min);
        return out.build();
    }

    /** Integers are numbers too; a contradiction (no common type) falls back to any type rather than to none. */
    private static Set<Kind> intersectTypes(Set<Kind> left, Set<Kind> right) {
        if (left.isEmpty()) {
            return right;
        }
        if (right.isEmpty()) {
            return left;
        }
        Set<Kind> common = EnumSet.noneOf(Kind.class);
        common.addAll(left);
        common.retainAll(right);
        if ((left.contains(Kind.NUMBER) && right.contains(Kind.INTEGER))
                || (right.contains(Kind.NUMBER) && left.contains(Kind.INTEGER))) {
            common.add(Kind.INTEGER);
        }
        return common;
    }

    private static List<String> intersectEnums(List<String> left, List<String> right) {
        if (left == null || right == null) {
            return left == null ? right : left;
        }
        List<String> common = new ArrayList<>(left);
        common.retainAll(right);
        return common.isEmpty() ? null : common;
    }

    private Shape concrete(Shape shape) {
        return shape.isReference() ? definitions.apply(shape.ref()) : shape;
    }

    private static boolean sameReference(Shape a, Shape b) {
        return a.isReference() && b.isReference() && a.ref().equals(b.ref());
    }

    private static <T> T sameOrNull(T left, T right) {
        return Objects.equals(left, right) ? left : null;
    }

    private static <T> T pick(T left, T right, BinaryOperator<T> both) {
        if (left == null || right == null) {
            return left == null ? right : left;
        }
        return both.apply(left, right);
    }
}
