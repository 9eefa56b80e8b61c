package dev.cfnlsp.server;

import dev.cfnlsp.config.ConfigFile;
import dev.cfnlsp.config.SettingsResolver;
import dev.cfnlsp.rule.AnalysisSettings;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The settings a document is analysed with: defaults, then the nearest {@code .cfn-lsp.yaml} inside the workspace,
 * then the editor's settings. Every config file consulted is handed to {@code onConfigFile}, which reports its
 * problems as diagnostics on the file itself.
 */
final class DocumentSettings {
    private final SettingsResolver resolver;
    private final Supplier<ServerSettings> editorSettings;
    private final Consumer<ConfigFile> onConfigFile;
    private volatile Optional<Path> workspaceRoot = Optional.empty();

    DocumentSettings(SettingsResolver resolver, Supplier<ServerSettings> editorSettings, Consumer<ConfigFile> onConfigFile) {
        this.resolver = resolver;
        this.editorSettings = editorSettings;
        this.onConfigFile = onConfigFile;
    }

    void useWorkspaceRoot(Optional<Path> root) {
        this.workspaceRoot = root;
    }

    AnalysisSettings forDocument(String uri) {
        Optional<Path> file = FileUris.toPath(uri);
        file.flatMap(f -> resolver.configFiles().nearest(f, workspaceRoot))
                .map(resolver.configFiles()::load)
                .ifPresent(onConfigFile);
        return resolver.resolve(file, workspaceRoot, editorSettings.get().analysisOverrides());
    }
}
