package dev.cfnlsp.navigate;

import dev.cfnlsp.template.DeclarationKind;
import dev.cfnlsp.template.SourceRange;

/** A logical id the cursor is on, and the exact range of the name under the cursor. */
public record Symbol(DeclarationKind kind, String name, SourceRange rangeAtCursor) {
}
