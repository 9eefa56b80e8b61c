package dev.cfnlsp.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/** Keeps the document store in step with the client and hands each request to its provider, off the message thread. */
final class CfnTextDocumentService implements TextDocumentService {
    private static final Logger LOG = Logger.getLogger(CfnTextDocumentService.class.getName());

    private final DocumentStore documents;
    private final AnalysisCache analyses;
    private final DiagnosticsPublisher publisher;
    private final Executor requests;
    private volatile CodeActionProvider codeActions = new CodeActionProvider(false);
    private final HoverProvider hovers;
    private final CompletionProvider completions = new CompletionProvider();

    CfnTextDocumentService(DocumentStore documents, AnalysisCache analyses, DiagnosticsPublisher publisher, Executor requests,
                           HoverProvider hovers) {
        this.hovers = hovers;
        this.documents = documents;
        this.analyses = analyses;
        this.publisher = publisher;
        this.requests = requests;
    }

    void useCodeActions(CodeActionProvider provider) {
        this.codeActions = provider;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        documents.open(uri, params.getTextDocument().getVersion(), params.getTextDocument().getText());
        publisher.schedule(uri);
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        if (documents.change(uri, params.getTextDocument().getVersion(), params.getContentChanges())) {
            publisher.schedule(uri);
        } else {
            LOG.warning("Ignored a change to " + uri + ", which is not open.");
        }
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        documents.close(uri);
        analyses.forget(uri);
        publisher.clear(uri);
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        publisher.schedule(params.getTextDocument().getUri());
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return onCurrentAnalysis(params.getTextDocument().getUri(), List.of(),
                analysis -> codeActions.actions(params, analysis).stream().map(Either::<Command, CodeAction>forRight).toList());
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return onCurrentAnalysis(params.getTextDocument().getUri(), null, analysis -> hovers.hover(params, analysis).orElse(null));
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        String uri = params.getTextDocument().getUri();
        return CompletableFuture.supplyAsync(() -> documents.get(uri)
                .map(document -> completions.complete(params, document, analyses.analysisOf(document)))
                .orElse(List.of()), requests)
                .thenApply(items -> Either.forRight(new CompletionList(false, items)));
    }

    /** Runs a request against the analysis of the document's latest version; an unknown document gets the fallback. */
    private <T> CompletableFuture<T> onCurrentAnalysis(String uri, T fallback, Function<Analysis, T> request) {
        return CompletableFuture.supplyAsync(() -> documents.get(uri)
                .map(analyses::analysisOf)
                .map(request)
                .orElse(fallback), requests)
                .whenComplete((result, error) -> {
                    if (error != null) {
                        LOG.log(Level.SEVERE, "Request on " + uri + " failed", error);
                    }
                });
    }
}
