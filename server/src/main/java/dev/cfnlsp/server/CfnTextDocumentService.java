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
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
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
    private final CompletionProvider completions;
    private final NavigationProvider navigation = new NavigationProvider();
    private final RenameProvider renames = new RenameProvider();
    private final SymbolProvider symbols = new SymbolProvider();
    private final FoldingProvider folding = new FoldingProvider();

    CfnTextDocumentService(DocumentStore documents, AnalysisCache analyses, DiagnosticsPublisher publisher, Executor requests,
                           HoverProvider hovers, CompletionProvider completions) {
        this.hovers = hovers;
        this.completions = completions;
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
                .orElse(new CompletionList(false, List.of())), requests)
                .thenApply(Either::forRight);
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
        String uri = params.getTextDocument().getUri();
        return onCurrentAnalysis(uri, Either.forLeft(List.of()),
                analysis -> Either.forLeft(navigation.definition(uri, analysis.lastWellFormed(), params.getPosition())));
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        String uri = params.getTextDocument().getUri();
        boolean includeDeclaration = params.getContext() != null && params.getContext().isIncludeDeclaration();
        return onCurrentAnalysis(uri, List.of(),
                analysis -> navigation.references(uri, analysis.lastWellFormed(), params.getPosition(), includeDeclaration));
    }

    @Override
    public CompletableFuture<List<? extends DocumentHighlight>> documentHighlight(DocumentHighlightParams params) {
        return onCurrentAnalysis(params.getTextDocument().getUri(), List.of(),
                analysis -> navigation.highlights(analysis.lastWellFormed(), params.getPosition()));
    }

    /** Renaming needs the current text to parse, or the edits would land on stale positions. */
    @Override
    public CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> prepareRename(PrepareRenameParams params) {
        return onCurrentAnalysis(params.getTextDocument().getUri(), null, analysis -> analysis.template().isWellFormed()
                ? renames.prepare(analysis.template(), params.getPosition())
                        .<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>>map(Either3::forSecond).orElse(null)
                : null);
    }

    @Override
    public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
        String uri = params.getTextDocument().getUri();
        return onCurrentAnalysis(uri, null, analysis -> renames.rename(uri, analysis.template(), params.getPosition(), params.getNewName()));
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        return onCurrentAnalysis(params.getTextDocument().getUri(), List.of(), analysis -> symbols.outline(analysis.lastWellFormed())
                .stream().map(Either::<SymbolInformation, DocumentSymbol>forRight).toList());
    }

    @Override
    public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
        return onCurrentAnalysis(params.getTextDocument().getUri(), List.of(), analysis -> folding.folds(analysis.lastWellFormed()));
    }

    /** Logical ids matching a query in every open template. */
    CompletableFuture<List<WorkspaceSymbol>> workspaceSymbols(String query) {
        return CompletableFuture.supplyAsync(() -> documents.uris().stream()
                .flatMap(uri -> documents.get(uri).stream())
                .flatMap(document -> symbols.matching(query, document.uri(), analyses.analysisOf(document).lastWellFormed()).stream())
                .toList(), requests);
    }

    /** Runs a request against the analysis of the document's latest version; an unknown document gets the fallback. */
    private <T> CompletableFuture<T> onCurrentAnalysis(String uri, T fallback, Function<Analysis, T> request) {
        return CompletableFuture.supplyAsync(() -> documents.get(uri)
                .map(analyses::analysisOf)
                .map(request)
                .orElse(fallback), requests)
                .whenComplete((result, error) -> {
                    // A refusal (e.g. an invalid new name) is an answer for the user, not a server failure.
                    if (error != null && !(error.getCause() instanceof ResponseErrorException)) {
                        LOG.log(Level.SEVERE, "Request on " + uri + " failed", error);
                    }
                });
    }
}
