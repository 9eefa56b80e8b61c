package dev.cfnlsp.server.fuzz;

import dev.cfnlsp.rule.AnalysisSettings;
import dev.cfnlsp.rule.Analyzer;
import dev.cfnlsp.rule.Finding;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;

/**
 * The CLI's {@code fix} machinery ({@code TemplateFixer}, {@code Main.run}) is package-private in
 * {@code dev.cfnlsp.cli}; the fuzzer lives beside the server tests and reaches it by reflection rather than widening
 * production visibility. An exception thrown inside is rethrown as itself.
 */
public final class CliAccess {
    private final Object fixer;
    private final Method fix;
    private final Method resultText;
    private static final Method RUN;

    static {
        try {
            RUN = Class.forName("dev.cfnlsp.cli.Main").getDeclaredMethod("run", List.class, PrintStream.class, PrintStream.class);
            RUN.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public CliAccess(Analyzer analyzer) {
        try {
            Class<?> type = Class.forName("dev.cfnlsp.cli.TemplateFixer");
            Constructor<?> constructor = type.getDeclaredConstructor(Analyzer.class);
            constructor.setAccessible(true);
            fixer = constructor.newInstance(analyzer);
            fix = type.getDeclaredMethod("fix", String.class, String.class, AnalysisSettings.class, Predicate.class);
            fix.setAccessible(true);
            resultText = Class.forName("dev.cfnlsp.cli.TemplateFixer$Result").getDeclaredMethod("text");
            resultText.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("TemplateFixer's shape changed; update CliAccess", e);
        }
    }

    /** {@code TemplateFixer.fix} with every safe fix wanted; returns the fixed text. */
    public String fix(String path, String text) {
        Predicate<Finding> all = finding -> true;
        try {
            return (String) resultText.invoke(fix.invoke(fixer, path, text, AnalysisSettings.DEFAULT, all));
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Run(int status, String out, String err) {
    }

    /** {@code cfn-lsp ARGS} in process, with captured output. */
    public static Run main(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            int status = (int) RUN.invoke(null, List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } catch (InvocationTargetException e) {
            throw rethrow(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(cause);
    }
}
