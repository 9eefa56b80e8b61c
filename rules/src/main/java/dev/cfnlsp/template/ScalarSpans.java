package dev.cfnlsp.template;

/** Ranges inside a scalar's value, located in the source text (so quotes and the tag are left out). */
final class ScalarSpans {
    private ScalarSpans() {
    }

    /** The source range of value characters [start, end); the whole scalar when the value is not written verbatim. */
    static SourceRange of(String text, LineIndex lines, ScalarNode scalar, int start, int end) {
        int rawStart = lines.offsetAt(scalar.range().start());
        int rawEnd = lines.offsetAt(scalar.range().end());
        int at = scalar.value().isEmpty() ? -1 : text.substring(rawStart, rawEnd).indexOf(scalar.value());
        if (at < 0) {
            return scalar.range();
        }
        return lines.rangeOf(rawStart + at + start, rawStart + at + end);
    }
}
