package dev.cfnlsp.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Connects a {@link CfnLanguageServer} to a client over a pair of streams, stdio or a socket. */
public final class LanguageServerLauncher {
    private LanguageServerLauncher() {
    }

    /** Starts serving; the returned future completes when the connection closes. */
    public static Future<Void> start(CfnLanguageServer server, InputStream in, OutputStream out) {
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        return launcher.startListening();
    }

    public static void serveStdio(InputStream in, OutputStream out, Runnable onExit) throws InterruptedException, ExecutionException {
        start(new CfnLanguageServer(onExit), in, out).get();
    }

    /** Listens on localhost only and serves the first client that connects. */
    public static void serveSocket(int port, Runnable onExit) throws IOException, InterruptedException, ExecutionException {
        try (ServerSocket listener = new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
             Socket socket = listener.accept()) {
            start(new CfnLanguageServer(onExit), socket.getInputStream(), socket.getOutputStream()).get();
        }
    }
}
