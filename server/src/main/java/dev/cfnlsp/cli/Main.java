package dev.cfnlsp.cli;

import dev.cfnlsp.server.LanguageServerLauncher;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;

/** {@code java -jar cfn-lsp.jar <command>}: lint, rules, serve. */
public final class Main {
    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int USAGE = 2;

    private static final String HELP = """
            cfn-lsp %s: a language server and linter for AWS CloudFormation templates.

            Usage: java -jar cfn-lsp.jar <command> [options]

            Commands:
              lint [--format text|json|sarif] [--region REGION]... PATH...
                     Check templates (files or directories, searched recursively). Exit status: 0 no errors,
                     1 error findings, 2 bad usage or unreadable input.
              fix [--rule RULE-ID]... [--dry-run] PATH...
                     Apply every safe fix in place (--dry-run prints a unified diff instead). Exit status:
                     0 nothing to fix, 1 something was (or would be) fixed, 2 bad usage or unreadable input.
              rules  List every rule with its id, severity, category and title.
              serve [--port N]
                     Run the language server over stdio (what editors launch), or on localhost:N.
              class-archive
                     Write cfn-lsp.jsa next to the jar: a class-data-sharing archive for the Java running this
                     command, which editors pass to the server (-XX:SharedArchiveFile) to start it faster.
              --version, --help
            """;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    /** Runs a command and returns its exit status. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            out.print(HELP.formatted(Version.get()));
            return args.isEmpty() ? USAGE : OK;
        }
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.get(0)) {
                case "--version", "-v", "version" -> {
                    out.println("cfn-lsp " + Version.get());
                    yield OK;
                }
                case "lint" -> new LintCommand(out, err).run(rest);
                case "fix" -> new FixCommand(out, err).run(rest);
                case "rules" -> new RulesCommand(out).run();
                case "serve" -> serve(rest, err);
                case "class-archive" -> new ClassArchiveCommand(out, err).run(rest);
                default -> {
                    err.println("cfn-lsp: unknown command '" + args.get(0) + "'. Run 'cfn-lsp --help' for the list.");
                    yield USAGE;
                }
            };
        } catch (UsageException e) {
            err.println("cfn-lsp: " + e.getMessage());
            return USAGE;
        }
    }

    private static int serve(List<String> args, PrintStream err) {
        Runnable exit = () -> System.exit(0);
        if (!args.isEmpty() && !(args.size() == 2 && args.get(0).equals("--port"))) {
            throw new UsageException("serve takes no arguments, or --port N.");
        }
        try {
            if (args.isEmpty()) {
                // The protocol owns stdout; anything else printed there would corrupt the stream.
                PrintStream protocolOut = System.out;
                System.setOut(err);
                LanguageServerLauncher.serveStdio(System.in, protocolOut, exit);
            } else {
                LanguageServerLauncher.serveSocket(parsePort(args.get(1)), exit);
            }
            return OK;
        } catch (IOException | ExecutionException e) {
            err.println("cfn-lsp: the server stopped: " + e.getMessage());
            return FINDINGS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FINDINGS;
        }
    }

    private static int parsePort(String text) {
        int port = text.matches("\\d{1,5}") ? Integer.parseInt(text) : 0;
        if (port < 1 || port > 65535) {
            throw new UsageException("--port needs a number between 1 and 65535, not '" + text + "'.");
        }
        return port;
    }
}
