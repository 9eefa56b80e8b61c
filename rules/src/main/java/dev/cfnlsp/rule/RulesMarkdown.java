package dev.cfnlsp.rule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes {@code docs/rules.md} from the rules' metadata and their Markdown explanations, so the documentation site,
 * hovers and {@code cfn-lsp rules} all say the same. The build runs it; nobody edits the output by hand.
 */
public final class RulesMarkdown {
    private RulesMarkdown() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: RulesMarkdown OUTPUT.md");
        }
        Path output = Path.of(args[0]);
        String markdown = render(RuleRegistry.builtIn().descriptors());
        if (!Files.exists(output) || !Files.readString(output, StandardCharsets.UTF_8).equals(markdown)) {
            Files.createDirectories(output.toAbsolutePath().getParent());
            Files.writeString(output, markdown, StandardCharsets.UTF_8);
        }
    }

    static String render(List<RuleDescriptor> rules) {
        StringBuilder out = new StringBuilder("""
                # cfn-lsp rules

                Generated from the rule sources by the build (`RulesMarkdown`); edit the rule's Markdown under
                `rules/src/main/resources/dev/cfnlsp/rules/docs/` instead of this file.

                | Rule | Severity | Category | What it finds |
                | --- | --- | --- | --- |
                """);
        for (RuleDescriptor rule : rules) {
            out.append("| [`").append(rule.id()).append("`](#").append(rule.id()).append(") | ")
                    .append(severityText(rule)).append(" | ").append(rule.category().label()).append(" | ")
                    .append(rule.title()).append(" |\n");
        }
        for (RuleDescriptor rule : rules) {
            out.append("\n## ").append(rule.id()).append("\n\n").append(header(rule)).append("\n\n")
                    .append(rule.documentation().strip().replaceAll("(?m)^## ", "### ")).append('\n');
        }
        return out.toString();
    }

    /** The metadata line shown above a rule's explanation, here and in hovers. */
    public static String header(RuleDescriptor rule) {
        StringBuilder line = new StringBuilder("**").append(rule.title()).append("** — ")
                .append(severityText(rule)).append(", ").append(rule.category().label());
        String equivalents = equivalents(rule);
        if (!equivalents.isEmpty()) {
            line.append(". Same check elsewhere: ").append(equivalents);
        }
        return line.append('.').toString();
    }

    private static String severityText(RuleDescriptor rule) {
        String text = rule.severity().label();
        if (rule.optIn()) {
            text += " (opt-in; on in the production profile)";
        } else if (rule.errorInProduction()) {
            text += " (error in the production profile)";
        }
        return text;
    }

    private static String equivalents(RuleDescriptor rule) {
        return List.of(
                        tool("cfn-lint", rule.cfnLint()), tool("checkov", rule.checkov()),
                        tool("cfn_nag", rule.cfnNag()), tool("Guard", rule.guard()))
                .stream().filter(s -> !s.isEmpty()).collect(Collectors.joining("; "));
    }

    private static String tool(String name, List<String> ids) {
        return ids.isEmpty() ? "" : name + " " + ids.stream().map(id -> "`" + id + "`").collect(Collectors.joining(", "));
    }
}
