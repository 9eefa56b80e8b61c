package dev.cfnlsp.server;

import dev.cfnlsp.config.ConfigFiles;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

/** Asks the client to tell us when a {@code .cfn-lsp.yaml} changes, where it can register watchers dynamically. */
final class ConfigWatch {
    private ConfigWatch() {
    }

    static boolean isSupported(ClientCapabilities capabilities) {
        return Optional.ofNullable(capabilities)
                .map(ClientCapabilities::getWorkspace)
                .map(WorkspaceClientCapabilities::getDidChangeWatchedFiles)
                .map(DidChangeWatchedFilesCapabilities::getDynamicRegistration)
                .orElse(false);
    }

    static void register(LanguageClient client) {
        FileSystemWatcher watcher = new FileSystemWatcher(Either.forLeft("**/" + ConfigFiles.FILE_NAME));
        Registration registration = new Registration("cfn-lsp-config-watch", "workspace/didChangeWatchedFiles",
                new DidChangeWatchedFilesRegistrationOptions(List.of(watcher)));
        client.registerCapability(new RegistrationParams(List.of(registration)));
    }
}
