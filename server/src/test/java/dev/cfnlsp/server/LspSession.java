package dev.cfnlsp.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/** A real server and a test client connected by piped streams, speaking LSP through LSP4J's launchers. */
final class LspSession implements AutoCloseable {
    /** Generous: a loaded 2-core CI machine can stall a JVM for seconds; the green path never waits this long. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    final TestLanguageClient client = new TestLanguageClient();
    final LanguageServer server;
    final InitializeResult initializeResult;
    private final OutputStream toServer;
    private final OutputStream toClient;

    private LspSession(Object initializationOptions, String workspaceUri) throws Exception {
        BytePipe serverIn = new BytePipe();
        BytePipe clientIn = new BytePipe();
        toServer = serverIn.out;
        toClient = clientIn.out;
        LanguageServerLauncher.start(new CfnLanguageServer(() -> { }), serverIn.in, toClient);
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, clientIn.in, toServer);
        launcher.startListening();
        server = launcher.getRemoteProxy();
        InitializeParams params = new InitializeParams();
        params.setCapabilities(capabilities());
        params.setInitializationOptions(initializationOptions);
        if (workspaceUri != null) {
            params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspaceUri, "workspace")));
        }
        initializeResult = server.initialize(params).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
    }

    static LspSession start() throws Exception {
        return start(java.util.Map.of("debounceMs", 0));
    }

    static LspSession start(Object initializationOptions) throws Exception {
        return new LspSession(initializationOptions, null);
    }

    static LspSession inWorkspace(java.nio.file.Path root, Object initializationOptions) throws Exception {
        return new LspSession(initializationOptions, root.toUri().toString());
    }

    private static ClientCapabilities capabilities() {
        ClientCapabilities capabilities = new ClientCapabilities();
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
        edits.setDocumentChanges(true);
        workspace.setWorkspaceEdit(edits);
        capabilities.setWorkspace(workspace);
        return capabilities;
    }

    void open(String uri, int version, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "yaml", version, text)));
    }

    void replace(String uri, int version, Range range, String text) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(range, text))));
    }

    void replaceAll(String uri, int version, String text) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
    }

    void close(String uri) {
        server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    static Range range(int startLine, int startCharacter, int endLine, int endCharacter) {
        return new Range(new Position(startLine, startCharacter), new Position(endLine, endCharacter));
    }

    @Override
    public void close() throws Exception {
        server.shutdown().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        server.exit();
        try {
            toServer.close();
            toClient.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
