package dev.cfnlsp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.cfnlsp.rule.AnalysisSettings;
import dev.cfnlsp.rule.Analyzer;
import dev.cfnlsp.server.fuzz.Corpus;
import dev.cfnlsp.server.fuzz.Corpus.Seed;
import dev.cfnlsp.server.fuzz.DocumentBounds;
import dev.cfnlsp.server.fuzz.LogCapture;
import dev.cfnlsp.server.fuzz.Mutator;
import dev.cfnlsp.server.fuzz.Mutator.Edit;
import dev.cfnlsp.template.TemplateParser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.LogRecord;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Several documents edited at once: one thread per document sends didChange with increasing versions as fast as
 * it can (typing, deleting, pasting, mutations, now and then a revert to the original as a full-text change), each
 * interleaving hovers, completions, code actions, symbols and folding that race the edits; a fifth document is
 * edited, closed and reopened (with ever higher versions) in a loop; and another thread keeps changing the settings
 * (rule levels, profile, regions and debounce). Afterwards:
 * <ul>
 *   <li>every thread finished and every request was answered within a bound (no deadlock; the test also has a hard
 *       timeout, so it always stops by itself), and nothing was logged at SEVERE;</li>
 *   <li>for each document the versions it was published with only grow, every published range lies inside the text
 *       of the version it names, and the last publication is for its latest version and equals a fresh analysis of
 *       that version's text with the final settings (closing may publish only empty sets).</li>
 * </ul>
 * Reopening at the <em>same</em> version is a separate case, below.
 */
class ConcurrencyStressTest {
    private static final int DOCUMENTS = 4;
    private static final int EDITS = Integer.getInteger("cfnlsp.stress.edits", 200);
    private static final long SEED = Long.getLong("cfnlsp.stress.seed", 42L);
    private static final Duration BOUND = Duration.ofSeconds(60);

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void parallelEditsEndWithTheDiagnosticsOfEachDocumentsLatestVersion() throws Exception {
        List<Seed> seeds = pickSeeds();
        Mutator mutator = new Mutator(Corpus.load(), 4_000);
        try (LogCapture logs = LogCapture.install(); LspSession session = LspSession.start()) {
            Publications publications = new Publications(session.client);
            TextDocumentService service = session.server.getTextDocumentService();
            ExecutorService threads = Executors.newFixedThreadPool(DOCUMENTS + 2);
            ConcurrentLinkedQueue<Request> requests = new ConcurrentLinkedQueue<>();
            List<Document> documents = new ArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                Seed seed = seeds.get(i);
                Document document = new Document("file:///stress/doc" + i + seed.extension(), seed);
                documents.add(document);
                document.texts.put(1, seed.text());
                session.open(document.uri, 1, seed.text());
                Random random = new Random(SEED + i);
                running.add(threads.submit(() -> {
                    start.await();
                    edit(document, random, mutator, service, requests);
                    return null;
                }));
            }
            // A fifth document is closed and reopened over and over (with ever higher versions) while it is edited.
            Seed reopenedSeed = seeds.get(DOCUMENTS);
            Document reopened = new Document("file:///stress/reopened" + reopenedSeed.extension(), reopenedSeed);
            reopened.reopens = true;
            documents.add(reopened);
            reopened.texts.put(1, reopenedSeed.text());
            session.open(reopened.uri, 1, reopenedSeed.text());
            running.add(threads.submit(() -> {
                start.await();
                reopen(reopened, new Random(SEED - 1), mutator, session, requests);
                return null;
            }));
            AtomicBoolean editing = new AtomicBoolean(true);
            running.add(threads.submit(() -> {
                start.await();
                changeSettings(session, editing, new Random(SEED));
                return null;
            }));
            start.countDown();

            long deadline = System.nanoTime() + BOUND.toNanos();
            for (int i = 0; i <= DOCUMENTS; i++) {
                awaitOrDump(running.get(i), deadline, "editing thread " + i);
            }
            editing.set(false);
            awaitOrDump(running.get(DOCUMENTS + 1), deadline, "settings thread");
            // Sent from this thread, which outlives the session: a PipedInputStream fails ("Write end dead") once
            // the last thread that wrote to it has ended, so the pool threads must not be the last writers.
            session.server.getWorkspaceService().didChangeConfiguration(
                    new DidChangeConfigurationParams(Map.of("cfn-lsp", Map.of("debounceMs", 0))));

            int answered = 0;
            for (Request request : requests) {
                try {
                    request.future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    answered++;
                } catch (TimeoutException e) {
                    fail(request.name + " on " + request.uri + " was not answered within " + BOUND + "\n" + FuzzTest.threadDump("cfn-lsp"));
                } catch (ExecutionException e) {
                    fail(request.name + " on " + request.uri + " failed", e.getCause());
                }
            }
            assertEquals(requests.size(), answered);
            assertTrue(answered > DOCUMENTS * EDITS / 4, "only " + answered + " requests were sent");

            Analyzer analyzer = Analyzer.builtIn();
            TemplateParser parser = new TemplateParser();
            for (Document document : documents) {
                PublishDiagnosticsParams last = publications.awaitLast(document.uri, document.finalVersion, deadline);
                List<String> expected = analyzer.analyze(parser.parse(document.uri, document.finalText), AnalysisSettings.DEFAULT)
                        .stream().map(FuzzTest::render).sorted().toList();
                List<String> actual = last.getDiagnostics().stream().map(FuzzTest::render).sorted().toList();
                assertEquals(expected, actual, "the last diagnostics of " + document.uri + " (version " + document.finalVersion
                        + ") differ from a fresh analysis of its text");
                publications.checkAll(document);
            }
            List<LogRecord> severe = logs.drain();
            assertTrue(severe.isEmpty(), () -> severe.stream().map(LogCapture::describe).reduce("", (a, b) -> a + "\n" + b));
            threads.shutdown();
        }
    }

    /**
     * Editors restart a document's version at 1 when it is reopened (VS Code does), so close + reopen must not
     * confuse the new text with the old one. It did (fixed since) when an analysis of the old text was still running: the
     * analysis thread stores it in {@code AnalysisCache} after {@code didClose} has forgotten the document, under
     * the key (uri, version 1, settings) that the reopened text also has, and {@code DiagnosticsPublisher} judges
     * "still current" by the version number alone. The reopened document then gets the old text's diagnostics (and
     * its code actions, hovers and fixes, at positions that do not exist in the new text). Without the fix this
     * fails nearly every round (18 of 20 in a probe), since a large template takes long enough to analyse.
     */
    @Test
    void reopeningADocumentAtTheSameVersionPublishesTheDiagnosticsOfTheNewText() throws Exception {
        String large = Corpus.load().stream().max(Comparator.comparingInt(s -> s.text().length())).orElseThrow().text();
        String small = """
                {"AWSTemplateFormatVersion": "2010-09-09",
                 "Resources": {"T": {"Type": "AWS::SNS::Topic", "Properties": {"TopicNme": "x"}}}}
                """;
        List<String> expected = Analyzer.builtIn().analyze(new TemplateParser().parse("file:///reopen/x.json", small), AnalysisSettings.DEFAULT)
                .stream().map(FuzzTest::render).sorted().toList();
        try (LspSession session = LspSession.start()) {
            Publications publications = new Publications(session.client);
            for (int round = 0; round < 10; round++) {
                String uri = "file:///reopen/" + round + ".json";
                session.open(uri, 1, large);
                session.close(uri);
                session.open(uri, 1, small);
                PublishDiagnosticsParams last = publications.awaitLast(uri, 1, System.nanoTime() + BOUND.toNanos());
                assertEquals(expected, last.getDiagnostics().stream().map(FuzzTest::render).sorted().toList(),
                        "round " + round + ": the reopened document got diagnostics of the text it had before");
            }
        }
    }

    /** YAML and JSON corpus templates of middling size, so an analysis takes long enough to be overtaken. */
    private static List<Seed> pickSeeds() {
        List<Seed> corpus = new ArrayList<>(Corpus.load().stream().filter(s -> s.text().length() > 8_000 && s.text().length() < 30_000).toList());
        corpus.sort(Comparator.comparing(Seed::name));
        java.util.Collections.shuffle(corpus, new Random(SEED));
        List<Seed> yaml = corpus.stream().filter(s -> !s.isJson()).limit((DOCUMENTS + 1) / 2 + 1).toList();
        List<Seed> json = corpus.stream().filter(Seed::isJson).limit(DOCUMENTS + 1 - yaml.size()).toList();
        List<Seed> picked = new ArrayList<>(yaml);
        picked.addAll(json);
        return picked;
    }

    static final class Document {
        final String uri;
        final Seed seed;
        final Map<Integer, String> texts = new ConcurrentHashMap<>();
        volatile int finalVersion = 1;
        volatile String finalText;
        volatile boolean reopens;

        Document(String uri, Seed seed) {
            this.uri = uri;
            this.seed = seed;
            this.finalText = seed.text();
        }
    }

    record Request(String name, String uri, CompletableFuture<?> future) {
    }

    private static void edit(Document document, Random random, Mutator mutator, TextDocumentService service,
                             ConcurrentLinkedQueue<Request> requests) throws InterruptedException {
        String text = document.seed.text();
        int version = 1;
        TextDocumentIdentifier id = new TextDocumentIdentifier(document.uri);
        for (int i = 0; i < EDITS; i++) {
            TextDocumentContentChangeEvent change;
            if (i % 40 == 39) {
                text = document.seed.text();
                change = new TextDocumentContentChangeEvent(text);
            } else {
                Edit edit = mutator.edit(random, text, document.seed.isJson());
                DocumentBounds bounds = DocumentBounds.of(text);
                int[] from = bounds.position(edit.start());
                int[] to = bounds.position(edit.end());
                change = new TextDocumentContentChangeEvent(new Range(new Position(from[0], from[1]), new Position(to[0], to[1])), edit.text());
                text = edit.applyTo(text);
            }
            version += random.nextInt(10) == 0 ? 2 : 1;
            document.texts.put(version, text);
            document.finalText = text;
            document.finalVersion = version;
            service.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(document.uri, version), List.of(change)));
            Position at = FuzzTest.position(random, text);
            switch (random.nextInt(8)) {
                case 0, 1 -> requests.add(new Request("hover", document.uri, service.hover(new HoverParams(id, at))));
                case 2 -> requests.add(new Request("completion", document.uri, service.completion(new CompletionParams(id, at))));
                case 3, 4 -> requests.add(new Request("codeAction", document.uri, service.codeAction(new CodeActionParams(id,
                        new Range(at, at), new CodeActionContext(List.of())))));
                case 5 -> requests.add(new Request("documentSymbol", document.uri, service.documentSymbol(new DocumentSymbolParams(id))));
                case 6 -> requests.add(new Request("foldingRange", document.uri, service.foldingRange(new FoldingRangeRequestParams(id))));
                default -> {
                }
            }
            if (random.nextInt(4) == 0) {
                Thread.sleep(random.nextInt(4));
            }
        }
    }

    /** Edits a few times, closes, reopens with the next version and another text; ends open. */
    private static void reopen(Document document, Random random, Mutator mutator, LspSession session,
                               ConcurrentLinkedQueue<Request> requests) throws InterruptedException {
        TextDocumentService service = session.server.getTextDocumentService();
        TextDocumentIdentifier id = new TextDocumentIdentifier(document.uri);
        String text = document.seed.text();
        int version = 1;
        for (int cycle = 0; cycle < EDITS / 5; cycle++) {
            for (int i = 0; i < 3; i++) {
                Edit edit = mutator.edit(random, text, document.seed.isJson());
                DocumentBounds bounds = DocumentBounds.of(text);
                int[] from = bounds.position(edit.start());
                int[] to = bounds.position(edit.end());
                text = edit.applyTo(text);
                version++;
                document.texts.put(version, text);
                service.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(document.uri, version), List.of(
                        new TextDocumentContentChangeEvent(new Range(new Position(from[0], from[1]), new Position(to[0], to[1])), edit.text()))));
                requests.add(new Request("hover", document.uri, service.hover(new HoverParams(id, FuzzTest.position(random, text)))));
            }
            requests.add(new Request("codeAction", document.uri, service.codeAction(new CodeActionParams(id,
                    new Range(new Position(0, 0), new Position(0, 0)), new CodeActionContext(List.of())))));
            session.close(document.uri);
            if (random.nextBoolean()) {
                text = document.seed.text();
            }
            version++;
            document.texts.put(version, text);
            document.finalText = text;
            document.finalVersion = version;
            session.open(document.uri, version, text);
            Thread.sleep(random.nextInt(3));
        }
        document.finalText = text;
        document.finalVersion = version;
    }

    /** Flips rule levels, profile, regions and the debounce while the documents change (the test then restores the defaults). */
    private static void changeSettings(LspSession session, AtomicBoolean editing, Random random) throws InterruptedException {
        List<Map<String, Object>> variants = List.of(
                Map.of("cfn-lsp", Map.of("debounceMs", 5, "rules", Map.of("property-unknown", "warning"))),
                Map.of("cfn-lsp", Map.of("debounceMs", 30, "rules", Map.of("syntax-error", "off", "ref-unknown", "info"))),
                Map.of("cfn-lsp", Map.of("debounceMs", 0, "profile", "production")),
                Map.of("cfn-lsp", Map.of("regions", List.of("eu-west-1", "us-west-2"))));
        while (editing.get()) {
            session.server.getWorkspaceService().didChangeConfiguration(
                    new DidChangeConfigurationParams(variants.get(random.nextInt(variants.size()))));
            Thread.sleep(20 + random.nextInt(30));
        }
    }

    private static void awaitOrDump(Future<?> future, long deadline, String what) throws Exception {
        try {
            future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            fail(what + " did not finish within " + BOUND + " (deadlock?)\n" + FuzzTest.threadDump(""));
        } catch (ExecutionException e) {
            fail(what + " failed", e.getCause());
        }
    }

    /** Everything the server published, per document, in arrival order. */
    static final class Publications {
        private final TestLanguageClient client;
        private final Map<String, List<PublishDiagnosticsParams>> byUri = new ConcurrentHashMap<>();

        Publications(TestLanguageClient client) {
            this.client = client;
        }

        private void collect() {
            for (PublishDiagnosticsParams published : client.drainDiagnostics()) {
                byUri.computeIfAbsent(published.getUri(), uri -> new ArrayList<>()).add(published);
            }
        }

        /**
         * Waits for the publication of {@code version}, then for the server to go quiet, and returns the last
         * publication, which must still be that version's.
         */
        PublishDiagnosticsParams awaitLast(String uri, int version, long deadline) throws InterruptedException {
            while (true) {
                collect();
                List<PublishDiagnosticsParams> published = byUri.getOrDefault(uri, List.of());
                if (published.stream().anyMatch(p -> Objects.equals(p.getVersion(), version))) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    fail("no diagnostics for version " + version + " of " + uri + "; last published: "
                            + (published.isEmpty() ? "none" : published.get(published.size() - 1).getVersion()));
                }
                Thread.sleep(10);
            }
            int count;
            do {
                count = byUri.get(uri).size();
                Thread.sleep(300);
                collect();
            } while (byUri.get(uri).size() != count);
            List<PublishDiagnosticsParams> published = byUri.get(uri);
            PublishDiagnosticsParams last = published.get(published.size() - 1);
            assertEquals(version, last.getVersion(), "the last publication for " + uri + " is not for its latest version");
            return last;
        }

        /** Versions only grow, and every diagnostic lies inside the text of the version it was published for. */
        void checkAll(Document document) {
            Integer previous = null;
            for (PublishDiagnosticsParams published : byUri.getOrDefault(document.uri, List.of())) {
                Integer version = published.getVersion();
                if (version == null && document.reopens) {
                    assertTrue(published.getDiagnostics().isEmpty(), "closing published diagnostics: " + published);
                    continue;
                }
                assertTrue(version != null, "an unversioned publication for an open document: " + published);
                assertTrue(previous == null || version >= previous, "version " + version + " published after " + previous);
                previous = version;
                String text = document.texts.get(version);
                assertTrue(text != null, "diagnostics published for version " + version + ", which was never sent");
                DocumentBounds bounds = DocumentBounds.of(text);
                for (Diagnostic diagnostic : published.getDiagnostics()) {
                    Range r = diagnostic.getRange();
                    bounds.checkRange(r.getStart().getLine(), r.getStart().getCharacter(), r.getEnd().getLine(), r.getEnd().getCharacter())
                            .ifPresent(why -> fail(diagnostic.getCode().getLeft() + " of version " + version + " of " + document.uri
                                    + ": " + why));
                }
            }
        }
    }
}
