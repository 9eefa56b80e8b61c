package dev.cfnlsp.server.fuzz;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records every log record at SEVERE, and every record that carries an exception at WARNING or above, from any
 * logger (the server's, the engine's through System.Logger, and LSP4J's, which logs a request that threw as
 * "Internal error" and a notification that threw as a warning).
 */
public final class LogCapture extends Handler implements AutoCloseable {
    private final ConcurrentLinkedQueue<LogRecord> records = new ConcurrentLinkedQueue<>();

    private LogCapture() {
        setLevel(Level.ALL);
    }

    public static LogCapture install() {
        LogCapture capture = new LogCapture();
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    @Override
    public void publish(LogRecord record) {
        if (isPipeTeardown(record)) {
            return;
        }
        boolean severe = record.getLevel().intValue() >= Level.SEVERE.intValue();
        boolean thrownWarning = record.getThrown() != null && record.getLevel().intValue() >= Level.WARNING.intValue();
        if (severe || thrownWarning) {
            records.add(record);
        }
    }

    /**
     * LSP4J's reader logs a broken pipe when a test session is torn down (a {@code PipedInputStream} fails once the
     * thread that last wrote to it has ended): an artefact of in-process pipes, not of the server.
     */
    private static boolean isPipeTeardown(LogRecord record) {
        for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException && ("Write end dead".equals(t.getMessage()) || "Pipe broken".equals(t.getMessage())
                    || "Pipe closed".equals(t.getMessage()) || "Read end dead".equals(t.getMessage()))) {
                return true;
            }
        }
        return false;
    }

    public boolean hasRecords() {
        return !records.isEmpty();
    }

    /** The records captured since the last call. */
    public List<LogRecord> drain() {
        List<LogRecord> drained = new ArrayList<>();
        for (LogRecord record; (record = records.poll()) != null; ) {
            drained.add(record);
        }
        return drained;
    }

    public static String describe(LogRecord record) {
        StringBuilder out = new StringBuilder(record.getLevel() + " " + record.getLoggerName() + ": " + record.getMessage());
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            out.append('\n').append(trace);
        }
        return out.toString();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
