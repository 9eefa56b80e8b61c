package dev.cfnlsp.server;

import java.util.function.Consumer;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.services.WorkspaceService;

final class CfnWorkspaceService implements WorkspaceService {
    private final Consumer<Object> onSettings;
    private final Runnable onConfigFileChange;

    CfnWorkspaceService(Consumer<Object> onSettings, Runnable onConfigFileChange) {
        this.onSettings = onSettings;
        this.onConfigFileChange = onConfigFileChange;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        onSettings.accept(params.getSettings());
    }

    /** Only {@code .cfn-lsp.yaml} files are watched; any change to one may change every open document's settings. */
    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        onConfigFileChange.run();
    }
}
