/** Client middleware that keeps non-template YAML/JSON documents away from the server. */

import * as vscode from 'vscode';
import { Middleware } from 'vscode-languageclient/node';
import { TemplateDocumentGate } from './documentGate';
import { isTemplateDocument } from './templateDocuments';

/** Providers whose first argument is the document (or, for pull diagnostics, possibly its URI). */
const DOCUMENT_PROVIDER_HOOKS = [
  'provideCompletionItem',
  'provideHover',
  'provideSignatureHelp',
  'provideDefinition',
  'provideDeclaration',
  'provideTypeDefinition',
  'provideImplementation',
  'provideReferences',
  'provideDocumentHighlights',
  'provideDocumentSymbols',
  'provideCodeActions',
  'provideCodeLenses',
  'provideDocumentLinks',
  'provideDocumentFormattingEdits',
  'provideDocumentRangeFormattingEdits',
  'provideOnTypeFormattingEdits',
  'prepareRename',
  'provideRenameEdits',
  'provideFoldingRanges',
  'provideSelectionRanges',
  'provideDocumentSemanticTokens',
  'provideDocumentSemanticTokensEdits',
  'provideDocumentRangeSemanticTokens',
  'provideInlayHints',
  'provideDiagnostics',
] as const;

type AnyFunction = (...args: unknown[]) => unknown;

export function createTemplateMiddleware(
  gate: TemplateDocumentGate,
  openOnServer: (document: vscode.TextDocument) => Promise<void>,
): Middleware {
  const uriOf = (documentOrUri: vscode.TextDocument | vscode.Uri): string =>
    (documentOrUri instanceof vscode.Uri ? documentOrUri : documentOrUri.uri).toString();

  // Every provider hook takes the document first and `next` last; only admitted documents reach the server.
  const providerHooks = Object.fromEntries(
    DOCUMENT_PROVIDER_HOOKS.map((hook) => [
      hook,
      (document: vscode.TextDocument | vscode.Uri, ...rest: unknown[]) => {
        const next = rest.pop() as AnyFunction;
        return gate.isAdmitted(uriOf(document)) ? next(document, ...rest) : undefined;
      },
    ]),
  ) as Partial<Middleware>;

  return {
    ...providerHooks,
    didOpen: async (document, next) => {
      if (gate.onOpen(uriOf(document), () => isTemplateDocument(document)) === 'forward') {
        await next(document);
      }
    },
    didChange: async (event, next) => {
      switch (gate.onChange(uriOf(event.document), () => isTemplateDocument(event.document))) {
        case 'forward':
          return next(event);
        case 'open':
          return openOnServer(event.document);
        case 'drop':
          return;
      }
    },
    didClose: async (document, next) => {
      if (gate.onClose(uriOf(document)) === 'forward') {
        await next(document);
      }
    },
    didSave: async (document, next) => {
      if (gate.isAdmitted(uriOf(document))) {
        await next(document);
      }
    },
    willSave: async (event, next) => {
      if (gate.isAdmitted(uriOf(event.document))) {
        await next(event);
      }
    },
    willSaveWaitUntil: async (event, next) => (gate.isAdmitted(uriOf(event.document)) ? next(event) : []),
  };
}
