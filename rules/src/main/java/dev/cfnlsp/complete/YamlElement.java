package dev.cfnlsp.complete;

import dev.cfnlsp.template.Intrinsics;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One structural element of a YAML block line: a sequence dash ({@code key} null) or a mapping key, at its column.
 *
 * @param value       what follows on the same line, without a trailing comment; null when nothing does
 * @param valueOffset the document offset where that value text begins (right after the colon or the dash)
 */
record YamlElement(int column, String key, String value, int valueOffset) {
    private static final String TAG = "(![\\w:]+)";
    private static final Pattern TAG_ONLY = Pattern.compile(TAG);
    private static final Pattern LEADING_TAG = Pattern.compile("^" + TAG + "\\s*");
    private static final Pattern BLOCK_SCALAR = Pattern.compile("(?:" + TAG + "\\s+)?[|>][-+0-9]*");

    boolean isDash() {
        return key == null;
    }

    /** The value as a scalar, without quotes; empty when there is none. */
    String scalar() {
        return value == null ? "" : YamlLine.unquote(value);
    }

    /** Whether the value begins a flow collection or a quoted scalar, which may go on over the next lines. */
    boolean continuesOnNextLines() {
        String unTagged = value == null ? "" : LEADING_TAG.matcher(value).replaceFirst("");
        return !unTagged.isEmpty() && "[{\"'".indexOf(unTagged.charAt(0)) >= 0;
    }

    /** For {@code Key: !If} with the arguments on the next lines: the function, by long name. */
    Optional<String> tagOnly() {
        if (value == null) {
            return Optional.empty();
        }
        Matcher matcher = TAG_ONLY.matcher(value);
        return matcher.matches() ? Optional.of(functionOf(matcher.group(1))) : Optional.empty();
    }

    /** Whether the element's value is written on the lines below it, so deeper lines are its children. */
    boolean opensBlock() {
        return value == null || tagOnly().isPresent();
    }

    boolean isBlockScalar() {
        return value != null && BLOCK_SCALAR.matcher(value).matches();
    }

    /** The tag of a block scalar ({@code !Sub |}), by long name. */
    Optional<String> blockScalarTag() {
        Matcher matcher = BLOCK_SCALAR.matcher(value == null ? "" : value);
        return matcher.matches() && matcher.group(1) != null ? Optional.of(functionOf(matcher.group(1))) : Optional.empty();
    }

    /** Unknown tags keep their own text, so they never match a function a completion source looks for. */
    static String functionOf(String tag) {
        return Intrinsics.forTag(tag).orElse(tag);
    }
}
