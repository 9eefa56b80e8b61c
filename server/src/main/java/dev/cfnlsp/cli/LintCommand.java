package dev.cfnlsp.cli;

import dev.cfnlsp.rule.AnalysisSettings;
import dev.cfnlsp.rule.Analyzer;
import dev.cfnlsp.rule.Severity;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code lint}: analyses template files and prints the findings as text, JSON or SARIF. */
final class LintCommand {
    private final PrintStream out;
    private final PrintStream err;

    LintCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        LintOptions options = LintOptions.parse(args);
        AnalysisSettings settings = AnalysisSettings.DEFAULT.withRegions(options.regions());
        Analyzer analyzer = Analyzer.builtIn();
        TemplateParser parser = new TemplateParser();
        List<FileFindings> results = new ArrayList<>();
        boolean unreadable = false;
        for (Path file : TemplateFiles.expand(options.paths())) {
            try {
                Template template = parser.parse(file.toString(), read(file));
                if (template.isCloudFormation()) {
                    results.add(new FileFindings(file.toString(), analyzer.analyze(template, settings)));
                }
            } catch (IOException e) {
                err.println("cfn-lsp: cannot read '" + file + "': " + e.getMessage());
                unreadable = true;
            }
        }
        Formatters.of(options.format(), analyzer.registry()).write(results, out);
        out.flush();
        if (unreadable) {
            return Main.USAGE;
        }
        boolean errors = results.stream().flatMap(r -> r.findings().stream()).anyMatch(f -> f.severity() == Severity.ERROR);
        return errors ? Main.FINDINGS : Main.OK;
    }

    /** Templates are UTF-8; anything else is reported rather than silently mangled. */
    private static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not valid UTF-8 text", e);
        }
    }
}
