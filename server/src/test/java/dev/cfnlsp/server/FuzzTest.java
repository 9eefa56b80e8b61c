package dev.cfnlsp.server;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.cfnlsp.rule.Analyzer;
import dev.cfnlsp.rule.Finding;
import dev.cfnlsp.schema.SchemaBundle;
import dev.cfnlsp.server.fuzz.CliAccess;
import dev.cfnlsp.server.fuzz.Corpus;
import dev.cfnlsp.server.fuzz.Corpus.Seed;
import dev.cfnlsp.server.fuzz.DocumentBounds;
import dev.cfnlsp.server.fuzz.EngineCheck;
import dev.cfnlsp.server.fuzz.Failure;
import dev.cfnlsp.server.fuzz.LogCapture;
import dev.cfnlsp.server.fuzz.Minimizer;
import dev.cfnlsp.server.fuzz.Mutator;
import dev.cfnlsp.server.fuzz.Mutator.Edit;
import dev.cfnlsp.server.fuzz.Mutator.Mutant;
import dev.cfnlsp.template.Template;
import dev.cfnlsp.template.TemplateParser;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mutation fuzzing of the whole stack with the templates of {@code ../shared/corpus} as seeds.
 *
 * <p>Each input is a corpus template (or a small built-in one) with one to four mutations ({@link Mutator}: lines
 * deleted, duplicated, swapped or moved, truncation, tabs, astral/RTL/combining characters, control characters, NUL,
 * huge scalars, deep flow and block nesting around the parser's limit, alias bombs and recursive aliases, stray
 * brackets and quotes, YAML in JSON and JSON in YAML, chunks of other templates, intrinsic functions and tags, line
 * ending changes). Every input goes through
 * <ol>
 *   <li>the engine ({@code TemplateParser} + {@code Analyzer}): nothing throws, no rule fails, every problem, finding
 *       and fix edit lies inside the document;</li>
 *   <li>the CLI's fixer ({@code TemplateFixer}, and for every eighth input {@code cfn-lsp fix} on a real file): nothing
 *       throws, the output parses whenever the input did, an unparseable file is left byte for byte as it was, and no
 *       temporary file is left behind;</li>
 *   <li>the real server over piped streams: open, one to four incremental edits (interleaved with requests that race
 *       them), then hover, completion, definition, references, highlights, prepare-rename and rename, code actions
 *       (quick fixes and fix-all), document symbols and folding. Every request is answered within a bound and without
 *       an error caused by an internal exception (a refused rename is fine); nothing is logged at SEVERE (nor any
 *       exception at WARNING); every published diagnostic, and every returned range, lies inside the text of the
 *       version it belongs to; the last publication is for the last version and equals a fresh analysis of its text;
 *       "fix all" applied to a text that parses yields a text that parses; closing publishes an empty set.</li>
 * </ol>
 * The heap after a full GC is sampled along the way and must stay within {@link #HEAP_GROWTH_LIMIT_MB} of the
 * level after warm-up (with the whole schema bundle loaded).
 *
 * <p>Why a hand-rolled generator rather than jqwik: the inputs are mutations of real templates, not values built
 * from types, so jqwik's generators and shrinking would buy little; its engine would also be a new test dependency
 * (and the test would live in a second JUnit engine). A {@link Random} seeded per input makes every input
 * reproducible on its own ({@code -Dcfnlsp.fuzz.only=N}), and {@link Minimizer} shrinks a failing input.
 *
 * <p>CI runs {@value #DEFAULT_INPUTS} inputs with a fixed seed: about 20 s of CPU after a ~10 s warm-up (the whole schema
 * bundle is loaded so that heap growth means retention); 13 s to 75 s wall measured on a 2-core machine shared with
 * other builds (load average 6 to 17). A long
 * campaign:
 * <pre>
 * mvn -o test -pl server -am -Dsurefire.failIfNoSpecifiedTests=false -Dtest=FuzzTest \
 *     -Dcfnlsp.fuzz.inputs=100000 -Dcfnlsp.fuzz.seconds=600 -Dcfnlsp.fuzz.seed=$RANDOM
 * </pre>
 * ({@code -am} builds the engine in the same reactor; against a {@code cfn-lsp-rules} jar that someone rebuilds
 * meanwhile the run fails with spurious {@code NoClassDefFoundError}s.)
 * Properties: {@code cfnlsp.fuzz.inputs}, {@code .seed}, {@code .seconds} (stop after this long, whatever the
 * number of inputs), {@code .only} (run one input, verbosely), {@code .maxScalar} (largest huge insertion, default
 * 1,000,000 chars), {@code .boundSeconds} (per request, default 20). Failures are grouped by signature, minimised,
 * summarised at the end (and in {@code server/target/fuzz-report.txt}), and each failing input is written under
 * {@code server/target/fuzz-failures/}. Failures of known bugs ({@link #KNOWN_BUGS}, each with a disabled test) are
 * listed but do not fail the build.
 */
class FuzzTest {
    static final int DEFAULT_INPUTS = 200;
    private static final long SEED = Long.getLong("cfnlsp.fuzz.seed", 20_251_124L);
    private static final int INPUTS = Integer.getInteger("cfnlsp.fuzz.inputs", DEFAULT_INPUTS);
    private static final long SECONDS = Long.getLong("cfnlsp.fuzz.seconds", 0L);
    private static final int ONLY = Integer.getInteger("cfnlsp.fuzz.only", -1);
    private static final int MAX_SCALAR = Integer.getInteger("cfnlsp.fuzz.maxScalar", 1_000_000);
    private static final Duration BOUND = Duration.ofSeconds(Long.getLong("cfnlsp.fuzz.boundSeconds", 20L));
    /**
     * After a full GC the heap must stay within this much of its level after warm-up. The server keeps nothing of a
     * closed document, and at most one fuzzed document is open at a time; the largest input is about 1 M characters
     * (2 MB as a String; a few copies in the server, LSP4J's buffers and this test), so anything beyond a few tens of
     * MB that survives a GC is retained state. 256 MB catches a per-document leak of ~10 KB over a long campaign
     * while leaving room for GC noise, and stays well below the smallest default heap of a 2-core CI runner
     * (1/4 of 7 GB).
     */
    static final long HEAP_GROWTH_LIMIT_MB = 256;
    private static final Path FAILURES = Path.of("target", "fuzz-failures");
    /**
     * Failures of bugs that are reported (each has a disabled test that fails until it is fixed), by the name of that
     * test: the campaign still lists them, but they do not fail the build. Matched narrowly, on the failure and the
     * mutant's description; a known failure is kept apart from unknown ones with the same signature.
     */
    private static final Map<String, BiPredicate<Failure, String>> KNOWN_BUGS = Map.of();

    @Test
    void mutatedTemplatesNeverBreakTheEngineTheFixerOrTheServer() throws Exception {
        List<Seed> seeds = Corpus.load();
        try (LogCapture logs = LogCapture.install(); Campaign campaign = new Campaign(seeds, logs)) {
            Campaign.Summary summary = campaign.run();
            System.out.println(summary.text());
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "fuzz-report.txt"), summary.text().getBytes(StandardCharsets.UTF_8));
            assertTrue(summary.inputs() > 0, "no input was tried");
            long unknown = summary.failures().values().stream().filter(e -> e.knownBug() == null).count();
            if (unknown > 0) {
                fail(unknown + " kind(s) of failure, see target/fuzz-report.txt:\n" + summary.text());
            }
            assertTrue(summary.heapGrowthMb() < HEAP_GROWTH_LIMIT_MB,
                    "heap after GC grew by " + summary.heapGrowthMb() + " MB over the campaign");
        }
    }

    /**
     * Found by the campaign (seed 7, input 237; minimised to {@code "  y: &fz\n  S: *fz"}), since fixed. A block
     * mapping's range ended where its last value ends ({@code YamlTemplateParser.Converter.mapping}, and likewise {@code sequence}),
     * and {@code SymbolProvider} spans an entry from its key to the end of its value; when that last value is an
     * alias, its range is the anchored node's, earlier in the file, so the outline gets reversed ranges that do not
     * contain their selection range (VS Code rejects the whole outline for that), and the mapping's own range is wrong
     * for anything else that uses it.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: &name alerts\n"
                    + "  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: *name\n",
            // Seed 2411, input 2463: a top-level section that is an alias (the outline spans sections too).
            "AWSTemplateFormatVersion: '2010-09-09'\nL0: &l0 [x, x]\nTags: *l0\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n"})
    void aDeclarationEndingInAnAliasGetsAnOutlineRangeThatContainsItsName(String template) throws Exception {
        try (LspSession session = LspSession.start()) {
            session.open("file:///work/alias.yaml", 1, template);
            List<Either<org.eclipse.lsp4j.SymbolInformation, DocumentSymbol>> outline = session.server.getTextDocumentService()
                    .documentSymbol(new DocumentSymbolParams(id("file:///work/alias.yaml"))).get(LspSession.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            List<String> wrong = new ArrayList<>();
            outline.forEach(symbol -> collectBadSymbols(symbol.getRight(), wrong));
            org.junit.jupiter.api.Assertions.assertEquals(List.of(), wrong);
        }
    }

    /**
     * Found by the campaign (seed 20251125, input 6958: 200,000 "a: 1" lines inserted into a corpus template) and
     * while profiling its slowest inputs; since fixed by capping each rule's findings. The input limits bounded
     * parsing, not findings: every repeated key costs a
     * {@code duplicate-key} and a {@code section-unknown} finding, so this 1 MB template (CloudFormation's own maximum,
     * a twentieth of the server's size limit) is published as one message of 399,999 diagnostics, with a peak heap of
     * about 1.5 GB and ~20 s before the editor sees anything (measured in process; 20,000 keys already give 40,000
     * diagnostics and ~200 MB). Meanwhile requests that need the analysis go unanswered for over 20 s, and
     * {@code cfn-lsp fix} takes minutes, since every fix round re-analyses (parse + analyse took 22 s on a loaded
     * machine). Near the 20 M character limit the same shape needs tens of GB: the server dies of OutOfMemoryError.
     * Findings need a bound (a cap per document with a summary diagnostic, or one finding per repeated key name).
     */
    @Test
    void aOneMegabyteTemplateOfRepeatedKeysGetsABoundedNumberOfDiagnostics() throws Exception {
        String template = "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  T: {Type: AWS::SNS::Topic}\n" + "a: 1\n".repeat(200_000);
        try (LspSession session = LspSession.start()) {
            session.open("file:///work/flood.yaml", 1, template);
            PublishDiagnosticsParams published = session.client.awaitDiagnostics("file:///work/flood.yaml", p -> true, Duration.ofMinutes(3));
            assertTrue(published.getDiagnostics().size() <= 10_000,
                    "a " + template.length() + "-character template got " + published.getDiagnostics().size() + " diagnostics");
        }
    }

    /**
     * Found by the campaign (seed 3, input 11789: a template truncated inside a huge double-quoted scalar full of
     * {@code \\u00e9} escapes; minimised to the three characters {@code "\\u}). When the text ends right after
     * {@code \\u} or {@code \\x} in a double-quoted scalar, as it does while one types {@code "caf\\u00e9"} at the end
     * of a file, snakeyaml-engine's scanner throws a {@code NumberFormatException} (not a {@code YamlEngineException})
     * and {@code YamlTemplateParser.parse} lets it through:
     * <pre>
     * java.lang.NumberFormatException: For input string: "" under radix 16
     *     at java.lang.Integer.parseInt(Integer.java:678)
     *     at org.snakeyaml.engine.v2.scanner.ScannerImpl.scanFlowScalarNonSpaces(ScannerImpl.java:1916)
     *     at org.snakeyaml.engine.v2.scanner.ScannerImpl.scanFlowScalar(ScannerImpl.java:1864)
     *     ...
     *     at org.snakeyaml.engine.v2.api.lowlevel.Compose.composeString(Compose.java:86)
     *     at dev.cfnlsp.template.YamlTemplateParser.parse(YamlTemplateParser.java:45)
     * </pre>
     * So {@code TemplateParser.parse} throws (it promises never to), {@code cfn-lsp lint} and {@code cfn-lsp fix} die
     * with that exception, and the server publishes nothing for the version (the previous diagnostics stay), logs
     * SEVERE, and answers hover, code actions and the rest with "Internal error".
     */
    @Test
    void aUnicodeEscapeCutOffByTheEndOfTheTextIsASyntaxError() throws Exception {
        String text = "AWSTemplateFormatVersion: \"2010-09-09\"\nDescription: \"caf\\u";
        Template template = org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> new TemplateParser().parse("file:///work/escape.yaml", text));
        org.junit.jupiter.api.Assertions.assertFalse(template.isWellFormed());
        try (LspSession session = LspSession.start()) {
            session.open("file:///work/escape.yaml", 1, text);
            session.server.getTextDocumentService().hover(new HoverParams(id("file:///work/escape.yaml"), new Position(0, 3)))
                    .get(LspSession.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            PublishDiagnosticsParams published = session.client.awaitDiagnostics("file:///work/escape.yaml", p -> true, LspSession.TIMEOUT);
            org.junit.jupiter.api.Assertions.assertEquals(List.of("syntax-error"),
                    published.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList());
        }
    }

    /** Symbols whose range is reversed or does not contain their selection range. */
    private static void collectBadSymbols(DocumentSymbol symbol, List<String> wrong) {
        Range range = symbol.getRange();
        Range selection = symbol.getSelectionRange();
        if (compare(range.getStart(), range.getEnd()) > 0 || compare(range.getStart(), selection.getStart()) > 0
                || compare(selection.getEnd(), range.getEnd()) > 0) {
            wrong.add(symbol.getName() + " " + render(range) + " (selection " + render(selection) + ")");
        }
        if (symbol.getChildren() != null) {
            symbol.getChildren().forEach(child -> collectBadSymbols(child, wrong));
        }
    }

    private static int compare(Position a, Position b) {
        return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine()) : Integer.compare(a.getCharacter(), b.getCharacter());
    }

    private static String render(Range r) {
        return r.getStart().getLine() + ":" + r.getStart().getCharacter() + "-" + r.getEnd().getLine() + ":" + r.getEnd().getCharacter();
    }

    /** One campaign: generates the inputs, drives the three paths, and collects failures by signature. */
    static final class Campaign implements AutoCloseable {
        private final List<Seed> seeds;
        private final LogCapture logs;
        private final Mutator mutator;
        private final Analyzer analyzer = Analyzer.builtIn();
        private final EngineCheck engine;
        private final TemplateParser parser = new TemplateParser();
        private ExecutorService worker = newWorker();
        private LspSession session;
        private final Map<String, Example> failures = new LinkedHashMap<>();
        private final Map<String, Long> timings = new LinkedHashMap<>();
        private final List<Slow> slowest = new ArrayList<>();
        private int cliRuns;
        private int requests;
        private int sessions;

        record Example(Failure failure, int input, String mutant, Path saved, int count, String minimised, String knownBug) {
        }

        record Slow(long millis, int input, String mutant) {
        }

        record Summary(int inputs, Map<String, Example> failures, long heapGrowthMb, String text) {
        }

        Campaign(List<Seed> seeds, LogCapture logs) throws Exception {
            this.seeds = seeds;
            this.logs = logs;
            this.mutator = new Mutator(seeds, MAX_SCALAR);
            this.engine = new EngineCheck(analyzer, logs);
            this.session = startSession();
        }

        private static ExecutorService newWorker() {
            return Executors.newSingleThreadExecutor(r -> {
                Thread thread = new Thread(r, "fuzz-engine");
                thread.setDaemon(true);
                return thread;
            });
        }

        private LspSession startSession() throws Exception {
            sessions++;
            return LspSession.start();
        }

        Summary run() throws Exception {
            long started = System.nanoTime();
            warmUp();
            long baseline = heapAfterGcMb();
            timings.put("warm-up", System.nanoTime() - started);
            long maxHeap = baseline;
            int tried = 0;
            int first = ONLY >= 0 ? ONLY : 0;
            int last = ONLY >= 0 ? ONLY + 1 : INPUTS;
            for (int id = first; id < last; id++) {
                if (SECONDS > 0 && System.nanoTime() - started > TimeUnit.SECONDS.toNanos(SECONDS)) {
                    break;
                }
                runInput(id);
                tried++;
                if (tried % (INPUTS > 1000 ? 500 : 60) == 0) {
                    maxHeap = Math.max(maxHeap, heapAfterGcMb());
                }
                if (INPUTS > 1000 && tried % 1000 == 0) {
                    System.out.printf("fuzz: %d inputs, %d s, %d failure kind(s), heap %d MB%n", tried,
                            TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), failures.size(), maxHeap);
                }
            }
            maxHeap = Math.max(maxHeap, heapAfterGcMb());
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
            return new Summary(tried, failures, maxHeap - baseline, summarise(tried, seconds, baseline, maxHeap));
        }

        /** Loads the whole schema bundle (which the server loads lazily) so heap growth afterwards means retention. */
        private void warmUp() throws Exception {
            long t = System.nanoTime();
            SchemaBundle bundle = SchemaBundle.shared();
            for (String type : bundle.resourceTypeNames()) {
                bundle.resourceSchema(type);
                bundle.documentation(type);
            }
            timings.put("schema", System.nanoTime() - t);
            long t0 = System.nanoTime();
            Seed seed = seeds.get(0);
            serve(-1, seed.text(), seed.extension(), new Random(1), true);
            timings.put("warm-up session", System.nanoTime() - t0);
            logs.drain();
        }

        private void runInput(int id) throws Exception {
            Random random = new Random(SEED * 1_000_003L + id);
            Seed seed = seeds.get(random.nextInt(seeds.size()));
            Mutant mutant = mutator.mutate(random, seed);
            if (ONLY >= 0) {
                System.out.println("input " + id + ": " + mutant.describe() + "\n" + Mutator.quote(mutant.text()));
            }
            String uri = "file:///fuzz/" + id + "/input" + mutant.extension();
            String path = "fuzz/" + id + "/input" + (mutant.extension().isEmpty() ? ".yaml" : mutant.extension());
            long t0 = System.nanoTime();

            // 1. The engine.
            logs.drain();
            Optional<EngineCheck.Outcome> outcome = bounded("engine", id, mutant, () -> engine.analyse(uri, mutant.text()));
            outcome.ifPresent(o -> record(o.failures(), id, mutant, mutant.text(), text -> engine.analyse(uri, text).failures()));
            boolean wellFormed = outcome.map(EngineCheck.Outcome::wellFormed).orElse(false);
            long t1 = System.nanoTime();

            // 2. The fixer, and now and then the whole `fix` command on a file.
            bounded("fix", id, mutant, () -> engine.fix(path, mutant.text(), wellFormed))
                    .ifPresent(f -> record(f, id, mutant, mutant.text(), text -> engine.fix(path, text, parses(path, text))));
            if (id % 8 == 0) {
                bounded("cli", id, mutant, () -> cliFix(id, mutant))
                        .ifPresent(f -> record(f, id, mutant, mutant.wireText(), null));
            }
            long t2 = System.nanoTime();

            // 3. The server.
            ServerResult served = serve(id, mutant.wireText(), mutant.extension(), random, true);
            record(served.failures(), id, mutant, served.finalText(), new ThrowingCheck() {
                @Override
                public List<Failure> failures(String text) throws Exception {
                    return serve(id, text, mutant.extension(), new Random(SEED * 1_000_003L + id), false).failures();
                }

                @Override
                public boolean onWorker() {
                    // The server's pipe must be written by a thread that lives on (see ConcurrencyStressTest).
                    return false;
                }
            });
            long t3 = System.nanoTime();
            if (served.wedged()) {
                restartSession();
            }
            session.client.logMessages.clear();
            session.client.shownMessages.clear();

            timings.merge("engine", t1 - t0, Long::sum);
            timings.merge("fix", t2 - t1, Long::sum);
            timings.merge("server", t3 - t2, Long::sum);
            noteSlow(TimeUnit.NANOSECONDS.toMillis(t3 - t0), id, mutant);
        }

        private boolean parses(String path, String text) {
            return parser.parse(path, text).isWellFormed();
        }

        /** Runs an engine-side check on the worker thread, so a hang is reported instead of hanging the build. */
        private <T> Optional<T> bounded(String path, int id, Mutant mutant, Callable<T> check) throws InterruptedException {
            Future<T> future = worker.submit(check);
            try {
                return Optional.of(future.get(BOUND.toMillis(), TimeUnit.MILLISECONDS));
            } catch (TimeoutException e) {
                future.cancel(true);
                String dump = threadDump("fuzz-engine");
                record(List.of(Failure.of(path, "no-result-within-" + BOUND.toSeconds() + "s", "hang", dump)), id, mutant,
                        mutant.text(), null);
                worker.shutdownNow();
                worker = newWorker();
            } catch (ExecutionException e) {
                record(List.of(Failure.thrown(path, "check-threw", e.getCause())), id, mutant, mutant.text(), null);
            }
            return Optional.empty();
        }

        /** {@code cfn-lsp fix FILE}: unparseable files are left untouched, fixed ones parse, no temp file remains. */
        private List<Failure> cliFix(int id, Mutant mutant) throws IOException {
            cliRuns++;
            Path dir = Files.createTempDirectory("cfn-lsp-fuzz");
            try {
                String name = "template" + (mutant.extension().isEmpty() ? ".yaml" : mutant.extension());
                Path file = dir.resolve(name);
                byte[] before = mutant.wireText().getBytes(StandardCharsets.UTF_8);
                Files.write(file, before);
                Template original = parser.parse(file.toString(), mutant.wireText());
                CliAccess.Run run = CliAccess.main("fix", file.toString());
                List<Failure> failures = new ArrayList<>(engine.loggedFailures("cli"));
                byte[] after = Files.readAllBytes(file);
                try (Stream<Path> files = Files.list(dir)) {
                    List<Path> left = files.filter(f -> !f.equals(file)).toList();
                    if (!left.isEmpty()) {
                        failures.add(Failure.of("cli", "left-files", "temp", "left behind: " + left));
                    }
                }
                if (run.status() < 0 || run.status() > 2) {
                    failures.add(Failure.of("cli", "status", String.valueOf(run.status()), run.err()));
                }
                boolean touched = !Arrays.equals(before, after);
                if (touched && (!original.isWellFormed() || !original.isCloudFormation())) {
                    failures.add(Failure.of("cli", "touched-unparseable-file", "write", run.out() + run.err()));
                }
                if (touched && !parser.parse(file.toString(), new String(after, StandardCharsets.UTF_8)).isWellFormed()) {
                    failures.add(Failure.of("cli", "unparseable-output", "write", run.out() + run.err()));
                }
                if (touched != (run.status() == 1) && original.isWellFormed()) {
                    failures.add(Failure.of("cli", "status-disagrees", "status " + run.status(),
                            "file " + (touched ? "changed" : "unchanged") + "; " + run.out() + run.err()));
                }
                return failures;
            } finally {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }

        record ServerResult(List<Failure> failures, String finalText, boolean wedged) {
        }

        /** A request in flight: its name, its future, and the check of its result (null: only that it answers). */
        private record Pending(String name, CompletableFuture<?> future, Consumer<Object> check, boolean mayRefuse) {
        }

        /** Drives one document through the server; {@code edits} false replays just open + requests (for shrinking). */
        ServerResult serve(int id, String initialText, String extension, Random random, boolean edits) throws Exception {
            List<Failure> failures = new ArrayList<>();
            String uri = "file:///fuzz/" + id + "/input" + extension;
            TextDocumentService documents = session.server.getTextDocumentService();
            Map<Integer, String> texts = new HashMap<>();
            List<PublishDiagnosticsParams> seen = new ArrayList<>();
            // What the wire can carry: a lone surrogate arrives as U+FFFD (the engine path sees the raw text).
            String text = Mutator.wireSafe(initialText);
            int version = 1;
            texts.put(version, text);
            session.open(uri, version, text);
            List<Pending> racing = new ArrayList<>();
            boolean json = extension.equals(".json") || !extension.matches("\\.(ya?ml)") && text.stripLeading().startsWith("{");
            int editCount = edits ? 1 + random.nextInt(4) : 0;
            for (int e = 0; e < editCount; e++) {
                if (random.nextBoolean()) {
                    racing.add(new Pending("hover racing an edit", documents.hover(new HoverParams(id(uri), position(random, text))),
                            null, false));
                }
                if (random.nextInt(4) == 0) {
                    racing.add(new Pending("code action racing an edit", documents.codeAction(new CodeActionParams(id(uri),
                            wholeDocument(text), new CodeActionContext(List.of()))), null, false));
                }
                List<TextDocumentContentChangeEvent> changes = new ArrayList<>();
                int changeCount = random.nextInt(5) == 0 ? 2 : 1;
                for (int c = 0; c < changeCount; c++) {
                    if (random.nextInt(12) == 0) {
                        text = mutator.edit(random, text, json).applyTo(text);
                        changes.add(new TextDocumentContentChangeEvent(text));
                        continue;
                    }
                    Edit edit = mutator.edit(random, text, json);
                    DocumentBounds bounds = DocumentBounds.of(text);
                    int[] start = bounds.position(edit.start());
                    int[] end = bounds.position(edit.end());
                    changes.add(new TextDocumentContentChangeEvent(
                            new Range(new Position(start[0], start[1]), new Position(end[0], end[1])), edit.text()));
                    text = edit.applyTo(text);
                }
                version += random.nextInt(5) == 0 ? 2 + random.nextInt(3) : 1;
                texts.put(version, text);
                documents.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), changes));
            }
            final String finalText = text;
            final int finalVersion = version;
            DocumentBounds bounds = DocumentBounds.of(finalText);
            boolean finalWellFormed = parser.parse(uri, finalText).isWellFormed();

            List<Pending> pending = new ArrayList<>(racing);
            Consumer<Object> hoverCheck = result -> {
                if (result instanceof Hover hover && hover.getRange() != null) {
                    checkRange(bounds, hover.getRange(), "hover range", failures);
                }
            };
            for (int i = 0; i < 2; i++) {
                pending.add(new Pending("hover", documents.hover(new HoverParams(id(uri), position(random, finalText))), hoverCheck, false));
                pending.add(new Pending("completion", documents.completion(new CompletionParams(id(uri), position(random, finalText))),
                        null, false));
            }
            Position at = position(random, finalText);
            // Navigation answers from the last well-formed version; its ranges are only comparable when that is this one.
            Consumer<Object> locations = result -> {
                if (finalWellFormed) {
                    checkLocations(uri, bounds, result, failures);
                }
            };
            pending.add(new Pending("definition", documents.definition(new DefinitionParams(id(uri), at)), locations, false));
            pending.add(new Pending("references", documents.references(new ReferenceParams(id(uri), at, new ReferenceContext(true))),
                    locations, false));
            pending.add(new Pending("highlight", documents.documentHighlight(new DocumentHighlightParams(id(uri), at)), locations, false));
            pending.add(new Pending("prepareRename", documents.prepareRename(new PrepareRenameParams(id(uri), at)), result -> {
                if (result instanceof org.eclipse.lsp4j.jsonrpc.messages.Either3<?, ?, ?> either && either.isSecond()
                        && either.getSecond() instanceof org.eclipse.lsp4j.PrepareRenameResult prepared) {
                    checkRange(bounds, prepared.getRange(), "prepareRename range", failures);
                }
            }, true));
            String[] names = {"Renamed", "", "bad name", "Ünïcödé", "AWS::Region", "a".repeat(300), "\u0000"};
            pending.add(new Pending("rename", documents.rename(new RenameParams(id(uri), at, names[random.nextInt(names.length)])),
                    result -> {
                        if (result instanceof WorkspaceEdit edit) {
                            checkWorkspaceEdit(edit, texts, finalVersion, failures);
                        }
                    }, true));
            Consumer<Object> actions = result -> checkActions(result, texts, finalVersion, finalText, failures);
            Position other = position(random, finalText);
            pending.add(new Pending("codeAction", documents.codeAction(new CodeActionParams(id(uri), new Range(at, other),
                    new CodeActionContext(List.of()))), actions, false));
            CodeActionContext fixAll = new CodeActionContext(List.of(), List.of(CodeActionProvider.FIX_ALL_KIND));
            pending.add(new Pending("codeAction fixAll", documents.codeAction(new CodeActionParams(id(uri), wholeDocument(finalText),
                    fixAll)), actions, false));
            pending.add(new Pending("documentSymbol", documents.documentSymbol(new DocumentSymbolParams(id(uri))), result -> {
                if (finalWellFormed && result instanceof List<?> list) {
                    for (Object item : list) {
                        if (item instanceof Either<?, ?> either && either.isRight() && either.getRight() instanceof DocumentSymbol symbol) {
                            checkSymbol(bounds, symbol, failures);
                        }
                    }
                }
            }, false));
            pending.add(new Pending("foldingRange", documents.foldingRange(new FoldingRangeRequestParams(id(uri))), result -> {
                if (finalWellFormed && result instanceof List<?> list) {
                    for (Object item : list) {
                        if (item instanceof FoldingRange fold && (fold.getStartLine() < 0 || fold.getEndLine() >= bounds.lineCount()
                                || fold.getStartLine() > fold.getEndLine())) {
                            failures.add(Failure.of("server", "bad-range", "folding", fold + " in " + bounds.lineCount() + " lines"));
                        }
                    }
                }
            }, false));

            long requestsStart = System.nanoTime();
            boolean wedged = false;
            for (Pending request : pending) {
                requests++;
                try {
                    Object result = request.future().get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
                    if (request.check() != null) {
                        request.check().accept(result);
                    }
                } catch (TimeoutException e) {
                    wedged = true;
                    failures.add(Failure.of("server", "no-answer-within-" + BOUND.toSeconds() + "s", request.name(), threadDump("cfn-lsp")));
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof ResponseErrorException refusal) {
                        int code = refusal.getResponseError().getCode();
                        boolean refused = code == ResponseErrorCode.InvalidParams.getValue() || code == ResponseErrorCode.RequestFailed.getValue();
                        if (!(request.mayRefuse() && refused)) {
                            failures.add(Failure.of("server", "error-response", request.name() + ":" + code,
                                    refusal.getResponseError().getMessage() + "\n" + refusal.getResponseError().getData()));
                        }
                    } else {
                        failures.add(Failure.thrown("server", "request-failed:" + request.name(), cause));
                    }
                }
            }

            long diagnosticsStart = System.nanoTime();
            timings.merge("server: requests", diagnosticsStart - requestsStart, Long::sum);
            // The last publication is for the last version.
            PublishDiagnosticsParams last = null;
            long deadline = System.nanoTime() + BOUND.toNanos();
            while (last == null && !wedged) {
                try {
                    last = session.client.awaitDiagnostics(uri, p -> {
                        seen.add(p);
                        return Objects.equals(p.getVersion(), finalVersion);
                    }, Duration.ofMillis(250));
                } catch (AssertionError timeout) {
                    if (System.nanoTime() > deadline || logs.hasRecords()) {
                        failures.add(Failure.of("server", "no-diagnostics-for-last-version", "publish",
                                "no publication for version " + finalVersion + " within " + BOUND + "\n" + threadDump("cfn-lsp")));
                        wedged = System.nanoTime() > deadline;
                        break;
                    }
                }
            }
            long closeStart = System.nanoTime();
            timings.merge("server: last diagnostics", closeStart - diagnosticsStart, Long::sum);
            session.close(uri);
            if (!wedged) {
                try {
                    session.client.awaitDiagnostics(uri, p -> {
                        seen.add(p);
                        return p.getVersion() == null && p.getDiagnostics().isEmpty();
                    }, BOUND);
                } catch (AssertionError timeout) {
                    failures.add(Failure.of("server", "no-empty-publication-on-close", "close", timeout.getMessage()));
                }
            }
            long checksStart = System.nanoTime();
            timings.merge("server: close", checksStart - closeStart, Long::sum);
            Integer previous = null;
            for (PublishDiagnosticsParams published : seen) {
                Integer v = published.getVersion();
                if (v == null) {
                    if (!published.getDiagnostics().isEmpty()) {
                        failures.add(Failure.of("server", "unversioned-diagnostics", "publish", published.toString()));
                    }
                    continue;
                }
                if (previous != null && v < previous) {
                    failures.add(Failure.of("server", "stale-publication", "publish", "version " + v + " published after " + previous));
                }
                previous = v;
                String versionText = texts.get(v);
                if (versionText == null) {
                    failures.add(Failure.of("server", "publication-for-unknown-version", "publish", "version " + v + " of " + texts.keySet()));
                    continue;
                }
                DocumentBounds versionBounds = DocumentBounds.of(versionText);
                for (Diagnostic diagnostic : published.getDiagnostics()) {
                    String code = diagnostic.getCode() == null ? "?" : diagnostic.getCode().getLeft();
                    Range r = diagnostic.getRange();
                    versionBounds.checkRange(r.getStart().getLine(), r.getStart().getCharacter(), r.getEnd().getLine(), r.getEnd().getCharacter())
                            .ifPresent(why -> failures.add(Failure.of("server", "bad-diagnostic-range", code + ":" + Failure.rangeKind(why),
                                    why + " in " + diagnostic.getMessage() + " (version " + v + ")")));
                }
            }
            failures.addAll(engine.loggedFailures("server"));
            if (last != null) {
                // The last publication equals a fresh analysis of the last text: the server applied every edit as we did.
                List<String> expected = engine.analyse(uri, finalText).findings().stream().map(FuzzTest::render).sorted().toList();
                List<String> actual = last.getDiagnostics().stream().map(FuzzTest::render).sorted().toList();
                if (!expected.equals(actual)) {
                    failures.add(Failure.of("server", "last-diagnostics-differ-from-fresh-analysis", "publish",
                            "expected " + expected + "\nbut the server published " + actual));
                }
            }
            timings.merge("server: checks + fresh analysis", System.nanoTime() - checksStart, Long::sum);
            return new ServerResult(failures, finalText, wedged);
        }

        private void restartSession() {
            LspSession old = session;
            CompletableFuture.runAsync(() -> {
                try {
                    old.close();
                } catch (Exception | AssertionError ignored) {
                    // A wedged server may never answer shutdown; its threads are daemons.
                }
            });
            try {
                session = startSession();
            } catch (Exception e) {
                throw new IllegalStateException("cannot start a new server after a wedged one", e);
            }
            logs.drain();
        }

        private void record(List<Failure> found, int id, Mutant mutant, String text, ThrowingCheck recheck) {
            for (Failure failure : found) {
                String knownBug = knownBug(failure, mutant.describe()).orElse(null);
                String key = (knownBug == null ? "" : "known[" + knownBug + "] ") + failure.signature();
                Example known = failures.get(key);
                if (known != null) {
                    failures.put(key, new Example(known.failure(), known.input(), known.mutant(), known.saved(),
                            known.count() + 1, known.minimised(), knownBug));
                    continue;
                }
                Path saved = save(id, failure, mutant, text);
                String minimised = recheck == null || knownBug != null ? null : minimise(text, failure.signature(), recheck);
                failures.put(key, new Example(failure, id, mutant.describe(), saved, 1, minimised, knownBug));
                System.out.println("fuzz: input " + id + " (" + mutant.describe() + "): " + key);
            }
        }

        interface ThrowingCheck {
            List<Failure> failures(String text) throws Exception;

            /** Whether to run the check on the engine worker, where a hang is cut off after the bound. */
            default boolean onWorker() {
                return true;
            }
        }

        /** Shrinks a failing input while it still fails with the same signature (at most ~2 minutes). */
        private String minimise(String text, String signature, ThrowingCheck recheck) {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            Predicate<String> stillFails = candidate -> {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                try {
                    List<Failure> again;
                    if (recheck.onWorker()) {
                        Future<List<Failure>> result = worker.submit(() -> recheck.failures(candidate));
                        again = result.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
                    } else {
                        again = recheck.failures(candidate);
                    }
                    logs.drain();
                    return again.stream().anyMatch(f -> f.signature().equals(signature));
                } catch (Exception e) {
                    return false;
                }
            };
            if (!stillFails.test(text)) {
                return null;
            }
            return Minimizer.minimize(text, stillFails, 3000);
        }

        private static Path save(int id, Failure failure, Mutant mutant, String text) {
            try {
                Files.createDirectories(FAILURES);
                String slug = failure.signature().replaceAll("[^A-Za-z0-9.-]+", "_");
                slug = slug.length() > 80 ? slug.substring(0, 80) : slug;
                Path file = FAILURES.resolve(id + "-" + slug + ".txt");
                Files.writeString(file, Mutator.wireSafe(text), StandardCharsets.UTF_8);
                return file;
            } catch (IOException e) {
                return null;
            }
        }

        private void noteSlow(long millis, int id, Mutant mutant) {
            slowest.add(new Slow(millis, id, mutant.describe()));
            slowest.sort(Comparator.comparingLong(Slow::millis).reversed());
            if (slowest.size() > 5) {
                slowest.remove(slowest.size() - 1);
            }
        }

        private String summarise(int tried, long seconds, long baseline, long maxHeap) {
            StringBuilder out = new StringBuilder();
            out.append("cfn-lsp fuzz campaign: seed ").append(SEED).append(", ").append(tried).append(" inputs in ").append(seconds)
                    .append(" s (").append(requests).append(" requests, ").append(cliRuns).append(" `fix` runs, ")
                    .append(sessions).append(" server session(s))\n");
            timings.forEach((path, nanos) -> out.append("  ").append(path).append(": ")
                    .append(TimeUnit.NANOSECONDS.toMillis(nanos) / 1000.0).append(" s\n"));
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                out.append("  CPU time of this JVM: ").append(TimeUnit.NANOSECONDS.toSeconds(os.getProcessCpuTime()))
                        .append(" s (load average ").append(String.format("%.1f", os.getSystemLoadAverage())).append(" on ")
                        .append(os.getAvailableProcessors()).append(" cores)\n");
            }
            out.append("  heap after GC: ").append(baseline).append(" MB after warm-up, at most ").append(maxHeap).append(" MB\n");
            out.append("  slowest inputs:\n");
            for (Slow slow : slowest) {
                out.append("    ").append(slow.millis()).append(" ms  #").append(slow.input()).append(' ').append(abbreviate(slow.mutant())).append('\n');
            }
            out.append(failures.isEmpty() ? "  no failures\n" : "  failures:\n");
            for (Example example : failures.values()) {
                out.append("  - ").append(example.failure().signature()).append(" ×").append(example.count())
                        .append(example.knownBug() == null ? "" : " (known bug, see " + example.knownBug() + ")")
                        .append("\n    first: input ").append(example.input()).append(" = ").append(abbreviate(example.mutant()))
                        .append("\n    saved: ").append(example.saved());
                if (example.minimised() != null) {
                    out.append("\n    minimised: ").append(Mutator.quote(example.minimised().length() > 400
                            ? example.minimised().substring(0, 400) : example.minimised()));
                }
                out.append("\n    ").append(abbreviate(example.failure().detail()).replace("\n", "\n    ")).append('\n');
            }
            return out.toString();
        }

        @Override
        public void close() {
            try {
                session.close();
            } catch (Exception e) {
                // Reported by the campaign already if it matters.
            }
            worker.shutdownNow();
        }
    }

    static Optional<String> knownBug(Failure failure, String mutant) {
        return KNOWN_BUGS.entrySet().stream().filter(e -> e.getValue().test(failure, mutant)).map(Map.Entry::getKey).findFirst();
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 3000 ? text.substring(0, 3000) + "…" : text;
    }

    /** A diagnostic as text; the message as the wire delivers it (a lone surrogate in a message arrives as '?'). */
    static String render(Diagnostic d) {
        Range r = d.getRange();
        return d.getCode().getLeft() + " " + d.getSeverity() + " " + r.getStart().getLine() + ":" + r.getStart().getCharacter() + "-"
                + r.getEnd().getLine() + ":" + r.getEnd().getCharacter() + " " + Mutator.wireSafe(d.getMessage()).replace('\uFFFD', '?');
    }

    static String render(Finding finding) {
        return render(Diagnostics.of(finding));
    }

    private static TextDocumentIdentifier id(String uri) {
        return new TextDocumentIdentifier(uri);
    }

    private static Range wholeDocument(String text) {
        DocumentBounds bounds = DocumentBounds.of(text);
        int last = bounds.lineCount() - 1;
        return new Range(new Position(0, 0), new Position(last, bounds.lineLength(last)));
    }

    /** Mostly a real position; sometimes the end, past the end of a line (LSP allows it), or past the last line. */
    static Position position(Random random, String text) {
        DocumentBounds bounds = DocumentBounds.of(text);
        int roll = random.nextInt(20);
        if (roll == 0) {
            int last = bounds.lineCount() - 1;
            return new Position(last, bounds.lineLength(last));
        }
        if (roll == 1) {
            int line = random.nextInt(bounds.lineCount());
            return new Position(line, bounds.lineLength(line) + 1 + random.nextInt(5));
        }
        if (roll == 2) {
            return new Position(bounds.lineCount() + random.nextInt(3), random.nextInt(3));
        }
        int[] p = bounds.position(bounds.snap(random.nextInt(text.length() + 1)));
        return new Position(p[0], p[1]);
    }

    private static void checkRange(DocumentBounds bounds, Range r, String what, List<Failure> failures) {
        bounds.checkRange(r.getStart().getLine(), r.getStart().getCharacter(), r.getEnd().getLine(), r.getEnd().getCharacter())
                .ifPresent(why -> failures.add(Failure.of("server", "bad-range", what + ":" + Failure.rangeKind(why), why + ": " + r)));
    }

    private static void checkLocations(String uri, DocumentBounds bounds, Object result, List<Failure> failures) {
        List<?> items = result instanceof Either<?, ?> either ? (List<?>) (either.isLeft() ? either.getLeft() : either.getRight())
                : result instanceof List<?> list ? list : List.of();
        for (Object item : items) {
            if (item instanceof Location location && location.getUri().equals(uri)) {
                checkRange(bounds, location.getRange(), "location", failures);
            } else if (item instanceof DocumentHighlight highlight) {
                checkRange(bounds, highlight.getRange(), "highlight", failures);
            }
        }
    }

    private static void checkSymbol(DocumentBounds bounds, DocumentSymbol symbol, List<Failure> failures) {
        checkRange(bounds, symbol.getRange(), "symbol range", failures);
        checkRange(bounds, symbol.getSelectionRange(), "symbol selection range", failures);
        Range range = symbol.getRange();
        Range selection = symbol.getSelectionRange();
        boolean reversed = compare(range.getStart(), range.getEnd()) > 0; // reported above
        if (!reversed && (compare(range.getStart(), selection.getStart()) > 0 || compare(selection.getEnd(), range.getEnd()) > 0)) {
            failures.add(Failure.of("server", "symbol-selection-outside-its-range", "symbol",
                    symbol.getName() + " " + render(range) + " (selection " + render(selection) + ")"));
        }
        if (symbol.getChildren() != null) {
            symbol.getChildren().forEach(child -> checkSymbol(bounds, child, failures));
        }
    }

    private static void checkActions(Object result, Map<Integer, String> texts, int finalVersion, String finalText, List<Failure> failures) {
        if (!(result instanceof List<?> list)) {
            return;
        }
        DocumentBounds bounds = DocumentBounds.of(finalText);
        for (Object item : list) {
            if (item instanceof Either<?, ?> either && either.isRight() && either.getRight() instanceof CodeAction action) {
                if (CodeActionProvider.FIX_ALL_KIND.equals(action.getKind()) && action.getEdit() != null) {
                    checkFixAll(action.getEdit(), texts, finalVersion, failures);
                }
                if (action.getDiagnostics() != null) {
                    action.getDiagnostics().forEach(d -> checkRange(bounds, d.getRange(), "code action diagnostic", failures));
                }
                if (action.getEdit() != null) {
                    checkWorkspaceEdit(action.getEdit(), texts, finalVersion, failures);
                }
            }
        }
    }

    /**
     * "Fix all" is what an editor may apply on every save: applied to a text that parses, the result must parse
     * too (as {@code cfn-lsp fix} guarantees by dropping such rounds).
     */
    private static void checkFixAll(WorkspaceEdit edit, Map<Integer, String> texts, int finalVersion, List<Failure> failures) {
        if (edit.getDocumentChanges() == null) {
            return;
        }
        for (Either<TextDocumentEdit, ?> change : edit.getDocumentChanges()) {
            if (!change.isLeft()) {
                continue;
            }
            TextDocumentEdit documentEdit = change.getLeft();
            Integer version = documentEdit.getTextDocument().getVersion();
            String text = texts.get(version == null ? finalVersion : version);
            if (text == null) {
                continue;
            }
            String uri = documentEdit.getTextDocument().getUri();
            TemplateParser parser = new TemplateParser();
            if (!parser.parse(uri, text).isWellFormed()) {
                continue;
            }
            DocumentBounds bounds = DocumentBounds.of(text);
            List<TextEdit> edits = new ArrayList<>(documentEdit.getEdits());
            for (TextEdit textEdit : edits) {
                if (bounds.checkRange(textEdit.getRange().getStart().getLine(), textEdit.getRange().getStart().getCharacter(),
                        textEdit.getRange().getEnd().getLine(), textEdit.getRange().getEnd().getCharacter()).isPresent()) {
                    return; // reported as a range failure already
                }
            }
            edits.sort(Comparator.comparing((TextEdit e) -> bounds.offset(e.getRange().getStart().getLine(), e.getRange().getStart().getCharacter()))
                    .reversed());
            StringBuilder fixed = new StringBuilder(text);
            int limit = text.length();
            for (TextEdit textEdit : edits) {
                int start = bounds.offset(textEdit.getRange().getStart().getLine(), textEdit.getRange().getStart().getCharacter());
                int end = bounds.offset(textEdit.getRange().getEnd().getLine(), textEdit.getRange().getEnd().getCharacter());
                if (end > limit) {
                    failures.add(Failure.of("server", "fix-all-edits-overlap", "fixAll", "edit " + textEdit + " overlaps the next one"));
                    return;
                }
                fixed.replace(start, end, textEdit.getNewText());
                limit = start;
            }
            Template result = parser.parse(uri, fixed.toString());
            if (!result.isWellFormed()) {
                failures.add(Failure.of("server", "fix-all-breaks-the-template", "fixAll",
                        "after " + edits + ":\n" + result.problems()));
            }
        }
    }

    /** Edits must lie inside the text of the version they name, and not overlap (LSP forbids it). */
    private static void checkWorkspaceEdit(WorkspaceEdit edit, Map<Integer, String> texts, int finalVersion, List<Failure> failures) {
        Map<Integer, List<TextEdit>> byVersion = new HashMap<>();
        if (edit.getDocumentChanges() != null) {
            for (Either<TextDocumentEdit, ?> change : edit.getDocumentChanges()) {
                if (change.isLeft()) {
                    Integer version = change.getLeft().getTextDocument().getVersion();
                    byVersion.computeIfAbsent(version == null ? finalVersion : version, v -> new ArrayList<>()).addAll(change.getLeft().getEdits());
                }
            }
        }
        if (edit.getChanges() != null) {
            edit.getChanges().values().forEach(edits -> byVersion.computeIfAbsent(finalVersion, v -> new ArrayList<>()).addAll(edits));
        }
        byVersion.forEach((version, edits) -> {
            String text = texts.get(version);
            if (text == null) {
                failures.add(Failure.of("server", "edit-for-unknown-version", "edit", "version " + version));
                return;
            }
            DocumentBounds bounds = DocumentBounds.of(text);
            for (TextEdit textEdit : edits) {
                checkRange(bounds, textEdit.getRange(), "workspace edit", failures);
            }
        });
    }

    /** The stacks of the threads whose name starts with {@code prefix} (the server's, or the fuzzer's engine worker). */
    static String threadDump(String prefix) {
        StringBuilder out = new StringBuilder();
        for (ThreadInfo info : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            if (info.getThreadName().startsWith(prefix) || info.getThreadName().startsWith("fuzz")) {
                out.append('"').append(info.getThreadName()).append("\" ").append(info.getThreadState()).append('\n');
                for (StackTraceElement frame : info.getStackTrace()) {
                    out.append("    at ").append(frame).append('\n');
                }
            }
        }
        return out.toString();
    }

    static long heapAfterGcMb() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }
}
