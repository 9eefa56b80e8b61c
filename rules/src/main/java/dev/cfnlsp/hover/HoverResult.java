package dev.cfnlsp.hover;

import dev.cfnlsp.template.SourceRange;

/** Markdown to show for the text in {@code range}. */
public record HoverResult(SourceRange range, String markdown) {
}
