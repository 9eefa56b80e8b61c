package dev.cfnlsp.server;

import dev.cfnlsp.config.ConfigFile;
import dev.cfnlsp.config.SettingsProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

/** Shows what is wrong with a {@code .cfn-lsp.yaml} as diagnostics on that file, publishing only when it changes. */
final class ConfigDiagnostics {
    static final String RULE_ID = "config-invalid";

    private final Map<Path, List<SettingsProblem>> published = new ConcurrentHashMap<>();
    private volatile LanguageClient client;

    void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    void report(ConfigFile file) {
        List<SettingsProblem> previous = published.put(file.path(), file.problems());
        LanguageClient target = client;
        if (target == null || file.problems().equals(previous) || previous == null && file.problems().isEmpty()) {
            return;
        }
        List<Diagnostic> diagnostics = file.problems().stream().map(ConfigDiagnostics::diagnostic).toList();
        target.publishDiagnostics(new PublishDiagnosticsParams(FileUris.toUri(file.path()), diagnostics));
    }

    private static Diagnostic diagnostic(SettingsProblem problem) {
        Diagnostic diagnostic = new Diagnostic(Diagnostics.range(problem.range()),
                problem.message() + " (cfn-lsp keeps using the valid settings)", DiagnosticSeverity.Error, Diagnostics.SOURCE);
        diagnostic.setCode(Either.forLeft(RULE_ID));
        return diagnostic;
    }
}
