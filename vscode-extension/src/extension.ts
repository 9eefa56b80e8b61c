import * as vscode from 'vscode';
import { fixAllInActiveEditor } from './fixAll';
import { ServerController } from './serverController';
import { ServerStatusBarItem } from './statusBarItem';
import { isTemplateDocument } from './templateDocuments';

let controller: ServerController | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('cfn-lsp', { log: true });
  const statusBar = new ServerStatusBarItem();
  const serverController = new ServerController(context, output, statusBar);
  controller = serverController;

  // Activation fires for every YAML/JSON file; Java is only started once a template is actually seen.
  const startIfTemplate = (document: vscode.TextDocument): void => {
    if (isTemplateDocument(document)) {
      void serverController.ensureStarted();
    }
  };

  context.subscriptions.push(
    output,
    statusBar,
    vscode.commands.registerCommand('cfn-lsp.restartServer', () => serverController.restart()),
    vscode.commands.registerCommand('cfn-lsp.fixAll', () => fixAllInActiveEditor(serverController)),
    vscode.commands.registerCommand('cfn-lsp.showLog', () => output.show(true)),
    vscode.workspace.onDidOpenTextDocument(startIfTemplate),
    vscode.workspace.onDidSaveTextDocument(startIfTemplate),
    vscode.window.onDidChangeActiveTextEditor((editor) => editor && startIfTemplate(editor.document)),
    vscode.workspace.onDidChangeConfiguration((event) => serverController.onConfigurationChanged(event)),
  );
  vscode.workspace.textDocuments.forEach(startIfTemplate);
}

export function deactivate(): Promise<void> | undefined {
  return controller?.dispose();
}
