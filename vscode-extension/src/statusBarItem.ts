import * as vscode from 'vscode';
import { presentServerStatus, ServerStatus } from './serverStatus';

export class ServerStatusBarItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('cfn-lsp.status', vscode.StatusBarAlignment.Right, 100);

  constructor() {
    this.item.name = 'cfn-lsp';
    this.item.command = 'cfn-lsp.showLog';
  }

  show(status: ServerStatus): void {
    const presentation = presentServerStatus(status);
    this.item.text = presentation.text;
    this.item.tooltip = presentation.tooltip;
    this.item.backgroundColor = presentation.isError ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
