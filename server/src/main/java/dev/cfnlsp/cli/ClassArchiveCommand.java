package dev.cfnlsp.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * {@code java -jar cfn-lsp.jar class-archive}: writes {@code cfn-lsp.jsa}, a dynamic class-data-sharing archive, next
 * to the jar. It launches {@link ClassArchiveTraining} with {@code java -XX:ArchiveClassesAtExit=…} from the JVM
 * running this command: that JVM lints and fixes training templates, then serves LSP over stdio, where this command
 * drives one short editing session (initialize, open a template, wait for its diagnostics, shutdown, exit), and it
 * writes the classes it loaded as it exits. Editors and {@code bin/cfn-lsp} then launch the jar with
 * {@code -XX:SharedArchiveFile=cfn-lsp.jsa}, which starts it faster.
 *
 * <p>An archive only fits the exact JVM build that wrote it and this jar at this absolute path (Java 17 checks both);
 * a JVM given an archive that does not fit ignores it and starts as usual. Run the command again after moving the
 * jar or changing Java.
 */
final class ClassArchiveCommand {
    static final String ARCHIVE_NAME = "cfn-lsp.jsa";
    private static final long TIMEOUT_SECONDS = 120;

    private final PrintStream out;
    private final PrintStream err;

    ClassArchiveCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        if (!args.isEmpty()) {
            throw new UsageException("class-archive takes no arguments.");
        }
        Path jar = runningJar();
        Path archive = jar.resolveSibling(ARCHIVE_NAME);
        // Written under a temporary name and moved into place, so an editor starting meanwhile never maps half a file.
        Path partial = jar.resolveSibling(ARCHIVE_NAME + ".tmp" + ProcessHandle.current().pid());
        String java = ProcessHandle.current().info().command().orElse("java");
        // The dump warns about every class it cannot archive (such as JDK-generated reflection accessors); only
        // errors are worth showing.
        List<String> command = List.of(java, "-XX:ArchiveClassesAtExit=" + partial,
                "-Xlog:disable", "-Xlog:all=error:stderr", "-cp", jar.toString(), ClassArchiveTraining.class.getName());
        Path log = null;
        try {
            Files.deleteIfExists(partial);
            log = Files.createTempFile("cfn-lsp-class-archive", ".log");
            Process server = new ProcessBuilder(command).redirectError(log.toFile()).start();
            train(server);
            if (!server.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                server.destroyForcibly();
                throw new IOException("the training server did not exit");
            }
            if (!Files.isRegularFile(partial)) {
                throw new IOException("the JVM wrote no archive (exit status " + server.exitValue() + ")");
            }
            Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.println("Wrote " + archive + " for " + java + " (Java " + Runtime.version() + ").");
            return Main.OK;
        } catch (IOException | RuntimeException e) {
            err.println("cfn-lsp: could not write the class archive: " + e.getMessage());
            printLog(log);
            return Main.FINDINGS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Main.FINDINGS;
        } finally {
            try {
                Files.deleteIfExists(partial);
                if (log != null) {
                    Files.deleteIfExists(log);
                }
            } catch (IOException ignored) {
                // Nothing more to clean up.
            }
        }
    }

    private void printLog(Path log) {
        try {
            if (log != null && Files.size(log) > 0) {
                err.println("The training server's log:");
                err.print(Files.readString(log));
            }
        } catch (IOException ignored) {
            // The error itself has been reported.
        }
    }

    private static void train(Process process) throws IOException, InterruptedException {
        String uri = "file:///cfn-lsp-class-archive/template.yaml";
        CompletableFuture<Void> diagnosed = new CompletableFuture<>();
        var launcher = LSPLauncher.createClientLauncher(new TrainingClient(uri, diagnosed),
                process.getInputStream(), process.getOutputStream());
        var listening = launcher.startListening();
        LanguageServer server = launcher.getRemoteProxy();
        try {
            InitializeParams params = new InitializeParams();
            params.setProcessId((int) ProcessHandle.current().pid());
            params.setCapabilities(new ClientCapabilities());
            params.setInitializationOptions(Map.of("debounceMs", 0));
            server.initialize(params).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            server.initialized(new InitializedParams());
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                    new TextDocumentItem(uri, "yaml", 1, ClassArchiveTraining.YAML)));
            diagnosed.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            server.shutdown().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            server.exit();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
            throw new IOException("the training session failed: " + e, e);
        } finally {
            process.getOutputStream().close();
            listening.cancel(true);
        }
    }

    private static Path runningJar() {
        try {
            Path location = Path.of(ClassArchiveCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(location)) {
                throw new UsageException("class-archive works only from cfn-lsp.jar (java -jar cfn-lsp.jar class-archive).");
            }
            return location.toAbsolutePath().normalize();
        } catch (URISyntaxException e) {
            throw new UsageException("cannot locate the running jar: " + e.getMessage());
        }
    }

    /** Waits for the template's diagnostics and ignores everything else the server says. */
    private record TrainingClient(String uri, CompletableFuture<Void> diagnosed) implements LanguageClient {
        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            if (params.getUri().equals(uri) && params.getVersion() != null) {
                diagnosed.complete(null);
            }
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams params) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {
        }
    }
}
