package dev.cfnlsp.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.services.WorkspaceService;

final class CfnWorkspaceService implements WorkspaceService {
    private final Consumer<Object> onSettings;
    private final Runnable onConfigFileChange;
    private final Function<String, CompletableFuture<List<WorkspaceSymbol>>> symbols;

    CfnWorkspaceService(Consumer<Object> onSettings, Runnable onConfigFileChange,
                        Function<String, CompletableFuture<List<WorkspaceSymbol>>> symbols) {
        this.onSettings = onSettings;
        this.onConfigFileChange = onConfigFileChange;
        this.symbols = symbols;
    }

    @Override
    public CompletableFuture<Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>> symbol(WorkspaceSymbolParams params) {
        return symbols.apply(params.getQuery()).thenApply(Either::forRight);
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
