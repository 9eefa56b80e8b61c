package dev.cfnlsp.bench.lsp;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * {@code java -jar cfn-lsp.jar serve} in its own JVM, the way editors launch it, driven over stdio by LSP4J's client
 * launcher. Closing it shuts the server down politely, and kills it if that does not end it within seconds.
 */
public final class ServerProcess implements AutoCloseable {
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);
    /** Publish as soon as an analysis ends, so a latency is the server's work and not its debounce delay. */
    private static final Map<String, Object> SETTINGS = Map.of("debounceMs", 0);
    /** LSP4J's default pool keeps idle threads alive for a minute, which held the bench's exit back by as much. */
    private static final ExecutorService LISTENERS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "bench-lsp-listener");
        thread.setDaemon(true);
        return thread;
    });

    private final Process process;
    private final RecordingClient client = new RecordingClient();
    private final LanguageServer server;

    private ServerProcess(Process process) {
        this.process = process;
        var launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(), process.getOutputStream(), LISTENERS, null);
        launcher.startListening();
        this.server = launcher.getRemoteProxy();
    }

    /** Starts the JVM; the server answers nothing but {@code initialize} until {@link #initialize} has run. */
    public static ServerProcess launch(ServerJar jar) throws IOException {
        Process process = new ProcessBuilder(jar.command(List.of("serve")))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        return new ServerProcess(process);
    }

    /** Sends {@code initialize} with debounceMs 0, waits for the answer, then sends {@code initialized}. */
    public void initialize(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        InitializeParams params = new InitializeParams();
        params.setProcessId((int) ProcessHandle.current().pid());
        params.setCapabilities(capabilities());
        params.setInitializationOptions(SETTINGS);
        await(server.initialize(params), timeout);
        server.initialized(new InitializedParams());
    }

    private static ClientCapabilities capabilities() {
        WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
        edits.setDocumentChanges(true);
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        workspace.setWorkspaceEdit(edits);
        ClientCapabilities capabilities = new ClientCapabilities();
        capabilities.setWorkspace(workspace);
        return capabilities;
    }

    public long pid() {
        return process.pid();
    }

    public TextDocumentService documents() {
        return server.getTextDocumentService();
    }

    public void open(String uri, String text) {
        documents().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "yaml", 1, text)));
    }

    public void change(String uri, int version, Range range, String text) {
        documents().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
                List.of(new TextDocumentContentChangeEvent(range, text))));
    }

    /** Closes the document and waits for the empty publication that clears its diagnostics. */
    public void close(String uri, Duration timeout) throws InterruptedException, TimeoutException {
        documents().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
        client.await(uri, params -> params.getVersion() == null && params.getDiagnostics().isEmpty(), timeout);
    }

    /** The diagnostics of exactly this version of the document. */
    public Publication diagnostics(String uri, int version, Duration timeout) throws InterruptedException, TimeoutException {
        return client.await(uri, params -> params.getVersion() != null && params.getVersion() == version, timeout);
    }

    /** Waits for the first diagnostics of every one of these documents. */
    public void firstDiagnostics(Collection<String> uris, Duration timeout) throws InterruptedException, TimeoutException {
        client.awaitAll(uris, params -> params.getVersion() != null && params.getVersion() == 1, timeout);
    }

    public static <T> T await(CompletableFuture<T> answer, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new TimeoutException("no answer within " + timeout.toSeconds() + " s");
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            await(server.shutdown(), SHUTDOWN_WAIT);
            server.exit();
            process.waitFor(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // A server still busy with an analysis that timed out: nothing more to learn from it.
        } finally {
            process.destroyForcibly().waitFor();
        }
    }
}
