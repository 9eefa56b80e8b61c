import * as vscode from 'vscode';
import { isCloudFormationTemplate } from './templateDetection';

export function isTemplateDocument(document: vscode.TextDocument): boolean {
  return isCloudFormationTemplate(
    { fileName: document.fileName, languageId: document.languageId, uriScheme: document.uri.scheme },
    () => document.getText(),
  );
}
