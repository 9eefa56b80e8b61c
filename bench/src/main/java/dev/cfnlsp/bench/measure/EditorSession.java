package dev.cfnlsp.bench.measure;

import dev.cfnlsp.bench.generate.Format;
import dev.cfnlsp.bench.generate.TemplateGenerator;
import dev.cfnlsp.bench.lsp.Publication;
import dev.cfnlsp.bench.lsp.ServerJar;
import dev.cfnlsp.bench.lsp.ServerProcess;
import dev.cfnlsp.bench.report.LatencyRow;
import dev.cfnlsp.bench.report.LatencyTarget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;

/**
 * Measures (1) to (3) at one template size and format in a fresh server: didOpen → first diagnostics, didChange →
 * publishDiagnostics for a one-character edit past the middle, then hover, completion and code action there.
 */
public final class EditorSession {
    static final long SEED = 1;
    private static final int WARM_UP_SIZE = 100;

    private final ServerJar jar;
    private final BenchPlan plan;
    private final Format format;
    private int documents;
    private String openUri;
    private int version;
    private Publication latest;

    public EditorSession(ServerJar jar, BenchPlan plan, Format format) {
        this.jar = jar;
        this.plan = plan;
        this.format = format;
    }

    public List<LatencyRow> run(int resources) throws Exception {
        TemplateSpots spots = new TemplateSpots(TemplateGenerator.generate(resources, SEED, format), format);
        String template = String.format(Locale.ROOT, "%,d resources, %s", resources, format);
        List<LatencyRow> rows = new ArrayList<>();
        try (ServerProcess server = ServerProcess.launch(jar)) {
            server.initialize(plan.timeout());
            warmUp(server);
            Samples opens = plan.opens().get(resources).sample(() -> reopen(server, spots.text));
            rows.add(new LatencyRow("didOpen → first publishDiagnostics", template, opens, LatencyTarget.NONE));
            Samples edits = opens.stoppedBy().isPresent()
                    ? Samples.notRun("not run: the template never got its diagnostics")
                    : plan.edits().get(resources).sample(() -> toggleDigit(server, spots.edit));
            rows.add(new LatencyRow("didChange → publishDiagnostics", template, edits, editTarget(resources)));
            if (edits.stoppedBy().isEmpty()) {
                rows.addAll(requests(server, spots, template));
            }
        }
        return rows;
    }

    private List<LatencyRow> requests(ServerProcess server, TemplateSpots spots, String template) throws Exception {
        TextDocumentIdentifier document = new TextDocumentIdentifier(openUri);
        HoverParams hover = new HoverParams(document, spots.hover);
        CompletionParams completion = new CompletionParams(document, spots.completion);
        CodeActionParams codeAction = new CodeActionParams(document, spots.flagged,
                new CodeActionContext(diagnosticsOn(spots.flagged)));
        int items = ServerProcess.await(server.documents().completion(completion), plan.timeout())
                .map(List::size, list -> list.getItems().size());
        int actions = ServerProcess.await(server.documents().codeAction(codeAction), plan.timeout()).size();
        return List.of(
                new LatencyRow("hover on a property key", template,
                        plan.requests().sample(() -> timed(() -> server.documents().hover(hover))), LatencyTarget.NONE),
                new LatencyRow(String.format(Locale.ROOT, "completion of a `Ref` target (%,d items)", items), template,
                        plan.requests().sample(() -> timed(() -> server.documents().completion(completion))), LatencyTarget.NONE),
                new LatencyRow("code action on a flagged line (" + actions + " offered)", template,
                        plan.requests().sample(() -> timed(() -> server.documents().codeAction(codeAction))), LatencyTarget.NONE));
    }

    /** The targets: p50 ≤ 30 ms and p95 ≤ 80 ms at 2,000 resources, p95 ≤ 250 ms at 10,000. */
    private static LatencyTarget editTarget(int resources) {
        return switch (resources) {
            case 2_000 -> LatencyTarget.p50AndP95(30, 80);
            case 10_000 -> LatencyTarget.p95(250);
            default -> LatencyTarget.NONE;
        };
    }

    /** Lets the server's JIT compile the paths measured, on a template small enough to cost little. */
    private void warmUp(ServerProcess server) throws Exception {
        TemplateSpots small = new TemplateSpots(TemplateGenerator.generate(WARM_UP_SIZE, SEED + 1, format), format);
        for (int i = 0; i < plan.warmUps(); i++) {
            reopen(server, small.text);
            toggleDigit(server, small.edit);
            ServerProcess.await(server.documents().hover(new HoverParams(new TextDocumentIdentifier(openUri), small.hover)),
                    plan.timeout());
        }
    }

    /** Closes the document open so far, opens the text under a new URI, and times it to its first diagnostics. */
    private long reopen(ServerProcess server, String text) throws Exception {
        if (openUri != null) {
            server.close(openUri, plan.timeout());
        }
        openUri = "file:///cfn-lsp-bench/template-" + ++documents + "." + format.extension();
        version = 1;
        long start = System.nanoTime();
        server.open(openUri, text);
        latest = server.diagnostics(openUri, version, plan.timeout());
        return latest.receivedNanos() - start;
    }

    /** Types a digit at {@code at}, or deletes the one typed there by the previous edit. */
    private long toggleDigit(ServerProcess server, Position at) throws Exception {
        boolean insert = ++version % 2 == 0;
        Range range = insert ? new Range(at, at) : new Range(at, new Position(at.getLine(), at.getCharacter() + 1));
        long start = System.nanoTime();
        server.change(openUri, version, range, insert ? "7" : "");
        latest = server.diagnostics(openUri, version, plan.timeout());
        return latest.receivedNanos() - start;
    }

    private List<Diagnostic> diagnosticsOn(Range range) {
        return latest.params().getDiagnostics().stream()
                .filter(diagnostic -> diagnostic.getRange().getStart().getLine() == range.getStart().getLine())
                .toList();
    }

    /** Times a request from sending it to its answer. */
    private long timed(Supplier<CompletableFuture<?>> request) throws Exception {
        long start = System.nanoTime();
        ServerProcess.await(request.get(), plan.timeout());
        return System.nanoTime() - start;
    }
}
