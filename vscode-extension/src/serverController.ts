/** Owns the language client: starts it on demand, restarts it, and keeps its settings current. */

import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  DidOpenTextDocumentNotification,
  LanguageClient,
  State,
} from 'vscode-languageclient/node';
import { TemplateDocumentGate } from './documentGate';
import { nodeJavaDiscoveryHost } from './javaDiscovery';
import { BUNDLED_JAR_PATH, planServerLaunch } from './serverLaunch';
import { CONFIGURATION_SECTION, toDidChangeConfigurationParams, toServerOptions } from './settings';
import { ServerStatusBarItem } from './statusBarItem';
import { TEMPLATE_DOCUMENT_SELECTOR } from './templateDetection';
import { createTemplateMiddleware } from './templateMiddleware';

/** Settings read only when the server process is launched. */
const LAUNCH_SETTINGS = ['java.home', 'server.jar'].map((key) => `${CONFIGURATION_SECTION}.${key}`);

export class ServerController implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private gate = new TemplateDocumentGate();
  private lifecycle: Promise<void> = Promise.resolve();
  private startRequested = false;
  private stopping = false;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.LogOutputChannel,
    private readonly statusBar: ServerStatusBarItem,
  ) {}

  /** Starts the server the first time a template shows up; later calls do nothing. */
  ensureStarted(): Promise<void> {
    if (!this.startRequested) {
      this.startRequested = true;
      this.lifecycle = this.lifecycle.then(() => this.start());
    }
    return this.lifecycle;
  }

  restart(): Promise<void> {
    this.startRequested = true;
    this.lifecycle = this.lifecycle.then(async () => {
      await this.stop();
      await this.start();
    });
    return this.lifecycle;
  }

  runningClient(): LanguageClient | undefined {
    return this.client?.state === State.Running ? this.client : undefined;
  }

  isServedDocument(document: vscode.TextDocument): boolean {
    return this.gate.isAdmitted(document.uri.toString());
  }

  async onConfigurationChanged(event: vscode.ConfigurationChangeEvent): Promise<void> {
    if (!this.startRequested || !event.affectsConfiguration(CONFIGURATION_SECTION)) {
      return;
    }
    if (LAUNCH_SETTINGS.some((setting) => event.affectsConfiguration(setting))) {
      return this.restart();
    }
    const client = this.runningClient();
    if (client) {
      await client.sendNotification(DidChangeConfigurationNotification.type, toDidChangeConfigurationParams(this.readServerOptions()));
    }
  }

  async dispose(): Promise<void> {
    await this.stop();
  }

  private async start(): Promise<void> {
    this.statusBar.show({ kind: 'starting' });
    const configuration = vscode.workspace.getConfiguration(CONFIGURATION_SECTION);
    const plan = await planServerLaunch(
      { configuredJar: configuration.get<string>('server.jar') || '', bundledJar: this.context.asAbsolutePath(BUNDLED_JAR_PATH) },
      nodeJavaDiscoveryHost(configuration.get<string>('java.home') || ''),
    );
    if (!plan.ok) {
      return this.fail(plan.message, true);
    }
    this.output.info(`Starting the server with Java ${plan.javaMajorVersion}: ${plan.command} ${plan.args.join(' ')}`);

    const gate = new TemplateDocumentGate();
    const client: LanguageClient = new LanguageClient(
      'cfn-lsp',
      'cfn-lsp',
      { command: plan.command, args: plan.args },
      {
        documentSelector: [...TEMPLATE_DOCUMENT_SELECTOR],
        initializationOptions: this.readServerOptions(),
        outputChannel: this.output,
        middleware: createTemplateMiddleware(gate, (document) =>
          client.sendNotification(DidOpenTextDocumentNotification.type, client.code2ProtocolConverter.asOpenTextDocumentParams(document)),
        ),
      },
    );
    client.onDidChangeState(({ newState }) => this.onClientStateChanged(client, newState));
    this.client = client;
    this.gate = gate;
    try {
      await client.start();
    } catch (error) {
      this.fail(`The server failed to start: ${error instanceof Error ? error.message : String(error)}`, false);
    }
  }

  private async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) {
      return;
    }
    this.stopping = true;
    try {
      await client.dispose();
    } catch (error) {
      this.output.error(`Stopping the server failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.stopping = false;
    }
  }

  private onClientStateChanged(client: LanguageClient, state: State): void {
    if (client !== this.client) {
      return;
    }
    switch (state) {
      case State.Starting:
        this.statusBar.show({ kind: 'starting' });
        break;
      case State.Running:
        this.statusBar.show({ kind: 'ready', serverVersion: client.initializeResult?.serverInfo?.version });
        break;
      case State.Stopped:
        if (this.stopping) {
          this.statusBar.show({ kind: 'stopped' });
        } else {
          this.statusBar.show({ kind: 'error', message: 'The server stopped. See the log, then run "cfn-lsp: Restart Language Server".' });
        }
        break;
    }
  }

  private readServerOptions() {
    return toServerOptions(vscode.workspace.getConfiguration(CONFIGURATION_SECTION));
  }

  private fail(message: string, offerSettings: boolean): void {
    this.output.error(message);
    this.statusBar.show({ kind: 'error', message });
    const actions = offerSettings ? ['Open Settings', 'Show Log'] : ['Show Log'];
    void vscode.window.showErrorMessage(`cfn-lsp: ${message}`, ...actions).then((choice) => {
      if (choice === 'Open Settings') {
        void vscode.commands.executeCommand('workbench.action.openSettings', CONFIGURATION_SECTION);
      } else if (choice === 'Show Log') {
        this.output.show(true);
      }
    });
  }
}
