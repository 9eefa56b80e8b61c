package dev.cfnlsp.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.cfnlsp.config.SettingsResolver;
import dev.cfnlsp.rule.Analyzer;
import dev.cfnlsp.rule.Finding;
import dev.cfnlsp.schema.SchemaBundle;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code fix}: applies every safe fix in place (or prints the diff with {@code --dry-run}). Files are replaced
 * through a temporary file and a rename, so an interrupted run never leaves a half-written template. Exit status:
 * 0 when nothing needed fixing, 1 when something was (or would be) changed, 2 for bad usage or unreadable input.
 */
final class FixCommand {
    private final PrintStream out;
    private final PrintStream err;

    FixCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        FixOptions options = FixOptions.parse(args);
        Analyzer analyzer = Analyzer.builtIn();
        SettingsResolver resolver = SettingsResolver.forRegistry(analyzer::registry, SchemaBundle::shared, Set.of());
        TemplateParser parser = new TemplateParser();
        TemplateFixer fixer = new TemplateFixer(analyzer);
        Predicate<Finding> wanted = options.rules().isEmpty() ? f -> true : f -> options.rules().contains(f.ruleId());
        boolean changed = false;
        boolean badInput = false;
        for (Path file : TemplateFiles.expand(options.paths())) {
            try {
                String text = TemplateText.read(file);
                Template template = parser.parse(file.toString(), text);
                if (!template.isCloudFormation()) {
                    continue;
                }
                if (!template.isWellFormed()) {
                    err.println("cfn-lsp: left '" + file + "' untouched: it does not parse (" + template.problems().get(0).message() + ")");
                    continue;
                }
                TemplateFixer.Result result = fixer.fix(file.toString(), text,
                        resolver.resolve(Optional.of(file), Optional.empty(), Optional.empty()), wanted);
                if (!result.text().equals(text)) {
                    changed = true;
                    report(file, text, result, options.dryRun());
                }
            } catch (IOException e) {
                err.println("cfn-lsp: cannot fix '" + file + "': " + e.getMessage());
                badInput = true;
            }
        }
        if (badInput) {
            return Main.USAGE;
        }
        return changed ? Main.FINDINGS : Main.OK;
    }

    private void report(Path file, String before, TemplateFixer.Result result, boolean dryRun) throws IOException {
        if (dryRun) {
            List<String> original = before.lines().toList();
            var patch = DiffUtils.diff(original, result.text().lines().toList());
            UnifiedDiffUtils.generateUnifiedDiff("a/" + file, "b/" + file, original, patch, 3).forEach(out::println);
            return;
        }
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".cfn-lsp-fix");
        try {
            Files.writeString(temporary, result.text(), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        out.println(file + ": fixed " + result.fixed() + " finding(s)");
    }
}
