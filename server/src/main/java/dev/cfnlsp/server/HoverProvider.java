package dev.cfnlsp.server;

import dev.cfnlsp.rule.Finding;
import dev.cfnlsp.rule.RuleDescriptor;
import dev.cfnlsp.rule.RuleRegistry;
import dev.cfnlsp.rule.RulesMarkdown;
import dev.cfnlsp.template.SourcePosition;
import dev.cfnlsp.template.SourceRange;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/** Explains the findings under the cursor: each finding's message, then its rule's documentation. */
final class HoverProvider {
    private final RuleRegistry registry;

    HoverProvider(RuleRegistry registry) {
        this.registry = registry;
    }

    Optional<Hover> hover(HoverParams params, Analysis analysis) {
        SourcePosition position = new SourcePosition(params.getPosition().getLine(), params.getPosition().getCharacter());
        List<Finding> here = analysis.findings().stream().filter(f -> f.range().contains(position)).toList();
        if (here.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder markdown = new StringBuilder();
        for (Finding finding : here) {
            if (!markdown.isEmpty()) {
                markdown.append("\n\n---\n\n");
            }
            markdown.append("**").append(finding.ruleId()).append("** (").append(finding.severity().label()).append("): ")
                    .append(finding.message());
            registry.descriptor(finding.ruleId()).ifPresent(rule -> appendExplanation(markdown, rule));
        }
        SourceRange first = here.get(0).range();
        return Optional.of(new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown.toString()), Diagnostics.range(first)));
    }

    private static void appendExplanation(StringBuilder markdown, RuleDescriptor rule) {
        markdown.append("\n\n").append(RulesMarkdown.header(rule));
        if (!rule.documentation().isBlank()) {
            markdown.append("\n\n").append(rule.documentation().strip());
        }
    }
}
