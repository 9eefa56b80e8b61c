package dev.cfnlsp.server.fuzz;

/**
 * One thing the fuzzer found wrong. {@code signature} groups failures with the same cause (the kind plus the
 * exception type and the first project frame, or the rule id); {@code detail} has the stack trace or the range.
 */
public record Failure(String path, String kind, String signature, String detail) {

    public static Failure of(String path, String kind, String what, String detail) {
        return new Failure(path, kind, path + ":" + kind + ":" + what, detail);
    }

    public static Failure thrown(String path, String kind, Throwable thrown) {
        return of(path, kind, signatureOf(thrown), Traces.of(thrown));
    }

    /** What kind of bad range {@link DocumentBounds} described: reversed, splitting a surrogate pair, or outside. */
    public static String rangeKind(String why) {
        return why.contains("ends before it starts") ? "reversed" : why.contains("surrogate") ? "splits-surrogate-pair" : "outside";
    }

    /** The exception type and the first frame of our own code (else the first frame). */
    public static String signatureOf(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root
                && (root instanceof java.util.concurrent.CompletionException || root instanceof java.util.concurrent.ExecutionException)) {
            root = root.getCause();
        }
        StackTraceElement at = null;
        for (StackTraceElement frame : root.getStackTrace()) {
            if (frame.getClassName().startsWith("dev.cfnlsp.") && !frame.getClassName().startsWith("dev.cfnlsp.server.fuzz.")) {
                at = frame;
                break;
            }
        }
        if (at == null && root.getStackTrace().length > 0) {
            at = root.getStackTrace()[0];
        }
        return root.getClass().getName() + (at == null ? "" : "@" + at.getClassName() + "." + at.getMethodName() + ":" + at.getLineNumber());
    }

    /** Stack traces as text. */
    public static final class Traces {
        private Traces() {
        }

        public static String of(Throwable thrown) {
            java.io.StringWriter out = new java.io.StringWriter();
            thrown.printStackTrace(new java.io.PrintWriter(out));
            return out.toString();
        }
    }
}
