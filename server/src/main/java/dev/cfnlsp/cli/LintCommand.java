package dev.cfnlsp.cli;

import dev.cfnlsp.config.ConfigFile;
import dev.cfnlsp.config.SettingsProblem;
import dev.cfnlsp.config.SettingsResolver;
import dev.cfnlsp.rule.AnalysisSettings;
import dev.cfnlsp.rule.Analyzer;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.schema.SchemaBundle;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code lint}: analyses template files and prints the findings as text, JSON or SARIF. */
final class LintCommand {
    private final PrintStream out;
    private final PrintStream err;
    private final Set<Path> reportedConfigs = new HashSet<>();

    LintCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        LintOptions options = LintOptions.parse(args);
        Analyzer analyzer = Analyzer.builtIn();
        SettingsResolver resolver = SettingsResolver.forRegistry(analyzer::registry, SchemaBundle::shared, Set.of());
        TemplateParser parser = new TemplateParser();
        List<FileFindings> results = new ArrayList<>();
        boolean badInput = false;
        for (Path file : TemplateFiles.expand(options.paths())) {
            try {
                Template template = parser.parse(file.toString(), TemplateText.read(file));
                if (template.isCloudFormation()) {
                    badInput |= reportConfigProblems(resolver, file);
                    results.add(new FileFindings(file.toString(), analyzer.analyze(template, settingsFor(resolver, file, options))));
                }
            } catch (IOException e) {
                err.println("cfn-lsp: cannot read '" + file + "': " + e.getMessage());
                badInput = true;
            }
        }
        Formatters.of(options.format(), analyzer.registry()).write(results, out);
        out.flush();
        if (badInput) {
            return Main.USAGE;
        }
        boolean errors = results.stream().flatMap(r -> r.findings().stream()).anyMatch(f -> f.severity() == Severity.ERROR);
        return errors ? Main.FINDINGS : Main.OK;
    }

    /** The nearest .cfn-lsp.yaml applies; --region on the command line wins over its regions. */
    private static AnalysisSettings settingsFor(SettingsResolver resolver, Path file, LintOptions options) {
        AnalysisSettings settings = resolver.resolve(Optional.of(file), Optional.empty(), Optional.empty());
        return options.regions().isEmpty() ? settings : settings.withRegions(options.regions());
    }

    /** Prints each problem of the template's config file once; true when there was one. */
    private boolean reportConfigProblems(SettingsResolver resolver, Path file) {
        Optional<ConfigFile> config = resolver.configFiles().nearest(file, Optional.empty()).map(resolver.configFiles()::load);
        if (config.isEmpty() || config.get().problems().isEmpty()) {
            return false;
        }
        if (reportedConfigs.add(config.get().path())) {
            for (SettingsProblem problem : config.get().problems()) {
                err.printf("%s:%d:%d: error config-invalid: %s%n", config.get().path(), problem.range().start().line() + 1,
                        problem.range().start().character() + 1, problem.message());
            }
        }
        return true;
    }
}
