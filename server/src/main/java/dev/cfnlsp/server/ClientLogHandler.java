package dev.cfnlsp.server;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.services.LanguageClient;

/** Forwards the server's log records to the client's log (window/logMessage); stderr keeps its own copy. */
final class ClientLogHandler extends Handler {
    private final LanguageClient client;

    private ClientLogHandler(LanguageClient client) {
        this.client = client;
        setFormatter(new SimpleFormatter());
        setLevel(Level.INFO);
    }

    static ClientLogHandler install(LanguageClient client) {
        ClientLogHandler handler = new ClientLogHandler(client);
        Logger.getLogger("dev.cfnlsp").addHandler(handler);
        return handler;
    }

    void uninstall() {
        Logger.getLogger("dev.cfnlsp").removeHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        try {
            client.logMessage(new MessageParams(typeOf(record.getLevel()), getFormatter().format(record).strip()));
        } catch (RuntimeException e) {
            // The connection is gone; stderr still has the record.
        }
    }

    private static MessageType typeOf(Level level) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            return MessageType.Error;
        }
        return level.intValue() >= Level.WARNING.intValue() ? MessageType.Warning : MessageType.Info;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
