/** A minimal LSP client over the server's stdio, standing in for VS Code in tests. */

import { ChildProcess, spawn } from 'node:child_process';
import {
  CodeAction,
  CodeActionParams,
  CodeActionRequest,
  CodeActionResolveRequest,
  Command,
  createProtocolConnection,
  Diagnostic,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  InitializeResult,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ServerOptions, toDidChangeConfigurationParams } from '../../src/settings';

const STDERR_TAIL_CHARS = 16 * 1024;

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

interface DiagnosticsWaiter {
  readonly predicate: (params: PublishDiagnosticsParams) => boolean;
  readonly resolve: (params: PublishDiagnosticsParams) => void;
}

export class LspSession {
  private readonly connection: ProtocolConnection;
  private readonly documents = new Map<string, TextDocument>();
  private readonly waiters: DiagnosticsWaiter[] = [];
  private stderrTail = '';
  private serverOptions: ServerOptions;
  initializeResult: InitializeResult | undefined;

  private constructor(
    private readonly process: ChildProcess,
    initialOptions: ServerOptions,
  ) {
    this.serverOptions = initialOptions;
    process.stderr?.on('data', (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString('utf8')).slice(-STDERR_TAIL_CHARS);
    });
    this.connection = createProtocolConnection(new StreamMessageReader(process.stdout!), new StreamMessageWriter(process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.onDiagnostics(params));
    // Answers `workspace/configuration` the way the extension's settings would.
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => (item.section === 'cfn-lsp' || item.section === undefined ? this.serverOptions : null)),
    );
    for (const method of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create', 'window/showMessageRequest']) {
      this.connection.onRequest(method, () => null);
    }
    this.connection.listen();
  }

  static async start(command: string, args: string[], options: ServerOptions, timeoutMs: number): Promise<LspSession> {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const session = new LspSession(child, options);
    const exitedEarly = new Promise<never>((_, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`server exited with code ${code} during initialize\n${session.stderr}`)));
    });
    exitedEarly.catch(() => undefined);
    try {
      session.initializeResult = await withTimeout(Promise.race([session.initialize(options), exitedEarly]), timeoutMs, 'initialize');
    } catch (error) {
      session.connection.dispose();
      child.kill('SIGKILL');
      throw error;
    }
    await session.connection.sendNotification(InitializedNotification.type, {});
    return session;
  }

  get stderr(): string {
    return this.stderrTail;
  }

  async open(uri: string, languageId: string, text: string): Promise<void> {
    const document = TextDocument.create(uri, languageId, 1, text);
    this.documents.set(uri, document);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: document.version, text },
    });
  }

  text(uri: string): string {
    return this.document(uri).getText();
  }

  /** Sends the whole new text, which servers accept under both full and incremental sync. */
  async replaceText(uri: string, text: string): Promise<void> {
    const previous = this.document(uri);
    const next = TextDocument.create(uri, previous.languageId, previous.version + 1, text);
    this.documents.set(uri, next);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: next.version },
      contentChanges: [{ text }],
    });
  }

  async applyEdit(uri: string, edit: WorkspaceEdit): Promise<void> {
    await this.replaceText(uri, TextDocument.applyEdits(this.document(uri), textEditsFor(edit, uri)));
  }

  async changeConfiguration(options: ServerOptions): Promise<void> {
    this.serverOptions = options;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, toDidChangeConfigurationParams(options));
  }

  /**
   * Resolves with the first diagnostics published for the current version of `uri` that satisfy
   * `predicate`. Publishes for older versions are ignored when the server reports versions.
   */
  waitForDiagnostics(uri: string, predicate: (diagnostics: Diagnostic[]) => boolean, timeoutMs: number, what: string): Promise<Diagnostic[]> {
    const version = this.document(uri).version;
    const matches = (params: PublishDiagnosticsParams): boolean =>
      params.uri === uri && (params.version === undefined || params.version === version) && predicate(params.diagnostics);
    const published = new Promise<PublishDiagnosticsParams>((resolve) => this.waiters.push({ predicate: matches, resolve }));
    return withTimeout(published, timeoutMs, `${what} (server log tail:\n${this.stderrTail})`).then((params) => params.diagnostics);
  }

  async codeActions(uri: string, params: Omit<CodeActionParams, 'textDocument'>, timeoutMs: number): Promise<CodeAction[]> {
    const result = await withTimeout(this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, ...params }), timeoutMs, 'code actions');
    // Not `CodeAction.is`: it rejects actions whose edit is left for `codeAction/resolve`.
    return (result ?? []).filter((item: Command | CodeAction): item is CodeAction => !Command.is(item));
  }

  /** Like VS Code, fetches the edit through `codeAction/resolve` when the server left it out. */
  async editOf(action: CodeAction, timeoutMs: number): Promise<WorkspaceEdit | undefined> {
    if (action.edit !== undefined || action.data === undefined) {
      return action.edit;
    }
    const resolved = await withTimeout(this.connection.sendRequest(CodeActionResolveRequest.type, action), timeoutMs, 'codeAction/resolve');
    return resolved.edit;
  }

  /** shutdown, exit, and wait for the process to end; kills it if it does not. */
  async stop(timeoutMs: number): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => {
      if (this.process.exitCode !== null) {
        resolve(this.process.exitCode);
      } else {
        this.process.once('exit', (code) => resolve(code));
      }
    });
    try {
      await withTimeout(this.connection.sendRequest(ShutdownRequest.type), timeoutMs, 'shutdown');
      await this.connection.sendNotification(ExitNotification.type);
      return await withTimeout(exited, timeoutMs, 'the server to exit');
    } finally {
      this.connection.dispose();
      if (this.process.exitCode === null && this.process.signalCode === null) {
        this.process.kill('SIGKILL');
      }
    }
  }

  private initialize(options: ServerOptions): Promise<InitializeResult> {
    return this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      clientInfo: { name: 'cfn-lsp protocol test' },
      rootUri: null,
      workspaceFolders: null,
      initializationOptions: options,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false }, workspaceEdit: { documentChanges: true } },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: true },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          codeAction: {
            dynamicRegistration: false,
            isPreferredSupport: true,
            dataSupport: true,
            resolveSupport: { properties: ['edit'] },
            codeActionLiteralSupport: {
              codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source', 'source.organizeImports', 'source.fixAll'] },
            },
          },
        },
      },
    });
  }

  private document(uri: string): TextDocument {
    const document = this.documents.get(uri);
    if (!document) {
      throw new Error(`${uri} was never opened`);
    }
    return document;
  }

  private onDiagnostics(params: PublishDiagnosticsParams): void {
    for (const waiter of [...this.waiters]) {
      if (waiter.predicate(params)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  }
}

function textEditsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
  const fromChanges = edit.changes?.[uri] ?? [];
  const fromDocumentChanges = (edit.documentChanges ?? []).flatMap((change) =>
    'textDocument' in change && change.textDocument.uri === uri ? change.edits.filter((e): e is TextEdit => !('snippet' in e)) : [],
  );
  return [...fromChanges, ...fromDocumentChanges];
}
