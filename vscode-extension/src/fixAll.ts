import * as vscode from 'vscode';
import { ServerController } from './serverController';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('cfn-lsp');

/** Asks the server for its fix-all action on the active template and applies it. */
export async function fixAllInActiveEditor(controller: ServerController): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !controller.isServedDocument(document) || !controller.runningClient()) {
    void vscode.window.showInformationMessage('cfn-lsp: open a CloudFormation template, with the server running, to fix it.');
    return;
  }
  const wholeDocument = document.validateRange(new vscode.Range(0, 0, document.lineCount, 0));
  // Resolving the first item fills in the edit if the server computes it lazily.
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, wholeDocument, FIX_ALL_KIND.value, 1)) ?? [];
  const fix = actions.find((action) => action.kind !== undefined && FIX_ALL_KIND.contains(action.kind) && action.edit !== undefined);
  if (!fix?.edit) {
    void vscode.window.showInformationMessage('cfn-lsp: no auto-fixable problems in this template.');
    return;
  }
  if (!(await vscode.workspace.applyEdit(fix.edit))) {
    void vscode.window.showWarningMessage('cfn-lsp: the fixes could not be applied; the template may have changed meanwhile. Try again.');
  }
}
