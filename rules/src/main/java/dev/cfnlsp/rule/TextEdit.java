package dev.cfnlsp.rule;

import dev.cfnlsp.template.SourceRange;

/** Replace the text in {@code range} with {@code newText}. */
public record TextEdit(SourceRange range, String newText) {
}
