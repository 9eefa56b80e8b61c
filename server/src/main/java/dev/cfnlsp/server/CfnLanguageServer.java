package dev.cfnlsp.server;

import dev.cfnlsp.cli.Version;
import dev.cfnlsp.config.SettingsResolver;
import dev.cfnlsp.hover.HoverText;
import dev.cfnlsp.rule.Analyzer;
import dev.cfnlsp.schema.SchemaBundle;
import dev.cfnlsp.template.TemplateParser;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Logger;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/** Lifecycle and capabilities; every feature lives in its own provider. */
public final class CfnLanguageServer implements LanguageServer, LanguageClientAware {
    private static final Logger LOG = Logger.getLogger(CfnLanguageServer.class.getName());

    private final DocumentStore documents = new DocumentStore();
    private final ScheduledExecutorService analysisThread = Executors.newSingleThreadScheduledExecutor(daemon("cfn-lsp-analysis"));
    private final ExecutorService requestThreads = Executors.newFixedThreadPool(2, daemon("cfn-lsp-request"));
    private final ConfigDiagnostics configDiagnostics = new ConfigDiagnostics();
    private final SettingsResolver resolver;
    private final DocumentSettings documentSettings;
    private final AnalysisCache analyses;
    private final DiagnosticsPublisher publisher;
    private final CfnTextDocumentService textDocuments;
    private final CfnWorkspaceService workspace;
    private final Runnable onExit;
    /** Built on the analysis thread once the client is initialized, so that answering {@code initialize} waits for neither. */
    private final Lazy<Analyzer> analyzer = new Lazy<>(Analyzer::builtIn);
    private final Lazy<TemplateParser> parser = new Lazy<>(TemplateParser::new);
    private volatile ServerSettings settings = ServerSettings.DEFAULT;
    private volatile LanguageClient client;
    private volatile ClientLogHandler clientLog;
    private volatile boolean shutdownRequested;
    private volatile boolean watchConfigFiles;

    /** @param onExit what the {@code exit} notification does: end the process in production, nothing in tests. */
    public CfnLanguageServer(Runnable onExit) {
        this.onExit = onExit;
        this.resolver = SettingsResolver.forRegistry(() -> analyzer.get().registry(), SchemaBundle::shared, ServerSettings.SERVER_KEYS);
        this.documentSettings = new DocumentSettings(resolver, () -> settings, configDiagnostics::report);
        this.analyses = new AnalysisCache(parser, analyzer, documentSettings::forDocument);
        this.publisher = new DiagnosticsPublisher(documents, analyses, analysisThread, () -> settings.debounceMs());
        this.textDocuments = new CfnTextDocumentService(documents, analyses, publisher, requestThreads,
                new HoverProvider(() -> analyzer.get().registry(), new HoverText(SchemaBundle::shared),
                        uri -> documentSettings.forDocument(uri).regions()),
                new CompletionProvider(uri -> documentSettings.forDocument(uri).regions()));
        this.workspace = new CfnWorkspaceService(this::applySettings, this::reanalyseAll, textDocuments::workspaceSymbols);
    }

    @Override
    public void connect(LanguageClient languageClient) {
        this.client = languageClient;
        publisher.connect(languageClient);
        configDiagnostics.connect(languageClient);
        clientLog = ClientLogHandler.install(languageClient);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        applySettings(params.getInitializationOptions());
        documentSettings.useWorkspaceRoot(WorkspaceRoots.of(params));
        watchConfigFiles = ConfigWatch.isSupported(params.getCapabilities());
        textDocuments.useCodeActions(new CodeActionProvider(supportsDocumentChanges(params.getCapabilities())));
        ServerCapabilities capabilities = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        capabilities.setTextDocumentSync(sync);
        capabilities.setHoverProvider(true);
        capabilities.setCompletionProvider(new CompletionOptions(false, CompletionProvider.TRIGGER_CHARACTERS));
        capabilities.setDefinitionProvider(true);
        capabilities.setReferencesProvider(true);
        capabilities.setDocumentHighlightProvider(true);
        capabilities.setRenameProvider(new RenameOptions(true));
        capabilities.setDocumentSymbolProvider(true);
        capabilities.setWorkspaceSymbolProvider(true);
        capabilities.setFoldingRangeProvider(true);
        capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActionProvider.FIX_ALL_KIND)));
        return CompletableFuture.completedFuture(new InitializeResult(capabilities, new ServerInfo("cfn-lsp", Version.get())));
    }

    private static boolean supportsDocumentChanges(ClientCapabilities capabilities) {
        return Optional.ofNullable(capabilities)
                .map(ClientCapabilities::getWorkspace)
                .map(WorkspaceClientCapabilities::getWorkspaceEdit)
                .map(WorkspaceEditCapabilities::getDocumentChanges)
                .orElse(false);
    }

    @Override
    public void initialized(InitializedParams params) {
        // Build the parsers and rules and read the schema index now, while the client is still busy opening files.
        analysisThread.execute(() -> {
            parser.get();
            analyzer.get();
            SchemaBundle.shared();
        });
        if (watchConfigFiles) {
            ConfigWatch.register(client);
        }
        LOG.info("cfn-lsp " + Version.get() + " ready");
    }

    private void applySettings(Object json) {
        ServerSettings.Parsed parsed = settings.merge(json, resolver.configFiles().reader());
        settings = parsed.settings();
        LanguageClient target = client;
        for (String problem : parsed.problems()) {
            LOG.warning("Invalid cfn-lsp setting: " + problem);
            if (target != null) {
                target.showMessage(new MessageParams(MessageType.Warning, "cfn-lsp: " + problem));
            }
        }
        reanalyseAll();
    }

    private void reanalyseAll() {
        documents.uris().forEach(publisher::schedule);
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdownRequested = true;
        if (clientLog != null) {
            clientLog.uninstall();
        }
        analysisThread.shutdownNow();
        requestThreads.shutdownNow();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        if (!shutdownRequested) {
            LOG.warning("Exit without shutdown");
        }
        onExit.run();
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return textDocuments;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspace;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
