package dev.cfnlsp.complete;

import dev.cfnlsp.template.SourceRange;

/**
 * One completion item: {@code insertText} replaces {@code range} (the text typed so far, sometimes with the quotes
 * around it); {@code snippet} says whether it holds tabstops ({@code $0}, {@code ${1:Id}}).
 */
public record Completion(String label, CompletionKind kind, String detail, String insertText, boolean snippet,
                         SourceRange range, String filterText) {
}
