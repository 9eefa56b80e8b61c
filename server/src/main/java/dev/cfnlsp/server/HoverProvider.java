package dev.cfnlsp.server;

import dev.cfnlsp.hover.HoverResult;
import dev.cfnlsp.hover.HoverText;
import dev.cfnlsp.rule.Finding;
import dev.cfnlsp.rule.RuleDescriptor;
import dev.cfnlsp.rule.RuleRegistry;
import dev.cfnlsp.rule.RulesMarkdown;
import dev.cfnlsp.template.SourcePosition;
import dev.cfnlsp.template.SourceRange;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/**
 * The hover at a position: first what is wrong there (each finding with its rule's explanation), then what the
 * text is (resource type, property, intrinsic function, or the target of a reference).
 */
final class HoverProvider {
    private static final String SEPARATOR = "\n\n---\n\n";

    private final Supplier<RuleRegistry> registry;
    private final HoverText hoverText;
    private final Function<String, List<String>> targetRegions;

    HoverProvider(Supplier<RuleRegistry> registry, HoverText hoverText, Function<String, List<String>> targetRegions) {
        this.registry = registry;
        this.hoverText = hoverText;
        this.targetRegions = targetRegions;
    }

    Optional<Hover> hover(HoverParams params, Analysis analysis) {
        SourcePosition position = new SourcePosition(params.getPosition().getLine(), params.getPosition().getCharacter());
        List<Finding> here = analysis.findings().stream().filter(f -> f.range().contains(position)).toList();
        String uri = params.getTextDocument().getUri();
        Optional<HoverResult> about = analysis.template().isWellFormed()
                ? hoverText.at(analysis.template(), position, targetRegions.apply(uri)) : Optional.empty();
        if (here.isEmpty() && about.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder markdown = new StringBuilder();
        for (Finding finding : here) {
            separate(markdown);
            markdown.append("**").append(finding.ruleId()).append("** (").append(finding.severity().label()).append("): ")
                    .append(finding.message());
            registry.get().descriptor(finding.ruleId()).ifPresent(rule -> appendExplanation(markdown, rule));
        }
        about.ifPresent(result -> separate(markdown).append(result.markdown()));
        SourceRange range = here.isEmpty() ? about.get().range() : here.get(0).range();
        return Optional.of(new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown.toString()), Diagnostics.range(range)));
    }

    private static StringBuilder separate(StringBuilder markdown) {
        return markdown.isEmpty() ? markdown : markdown.append(SEPARATOR);
    }

    private static void appendExplanation(StringBuilder markdown, RuleDescriptor rule) {
        markdown.append("\n\n").append(RulesMarkdown.header(rule));
        if (!rule.documentation().isBlank()) {
            markdown.append("\n\n").append(rule.documentation().strip());
        }
    }
}
