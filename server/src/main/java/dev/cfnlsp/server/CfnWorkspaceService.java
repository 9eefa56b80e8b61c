package dev.cfnlsp.server;

import java.util.function.Consumer;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.services.WorkspaceService;

final class CfnWorkspaceService implements WorkspaceService {
    private final Consumer<Object> onSettings;

    CfnWorkspaceService(Consumer<Object> onSettings) {
        this.onSettings = onSettings;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        onSettings.accept(params.getSettings());
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        // No file watching is registered yet; configuration files arrive with the rules issue.
    }
}
