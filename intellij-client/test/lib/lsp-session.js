// A bare LSP client that behaves like LSP4IJ's user-defined language client:
// initializationOptions at initialize, settings pushed with didChangeConfiguration,
// workspace/configuration answered from the same settings.
'use strict';

const { spawn } = require('node:child_process');
const {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} = require('vscode-languageserver-protocol/node');

function sectionOf(settings, section) {
  if (!section) return settings;
  return section.split('.').reduce((node, key) => (node && typeof node === 'object' ? node[key] : undefined), settings) ?? null;
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

class LspSession {
  constructor(argv, { cwd, settings }) {
    this.stderr = '';
    this.settings = settings;
    this.published = []; // every publishDiagnostics payload, in arrival order
    this.waiters = [];
    this.versions = new Map(); // document versions by URI
    this.process = spawn(argv[0], argv.slice(1), { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)));
    this.process.on('error', (error) => {
      this.stderr += `\n${error.message}`; // e.g. java not on PATH
    });
    this.process.stderr.on('data', (chunk) => {
      this.stderr = (this.stderr + chunk).slice(-4000);
    });
    this.connection = createMessageConnection(
      new StreamMessageReader(this.process.stdout),
      new StreamMessageWriter(this.process.stdin),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => {
      this.published.push(params);
      this.waiters = this.waiters.filter((w) => !w(params));
    });
    this.connection.onRequest('workspace/configuration', (params) =>
      params.items.map((item) => sectionOf(this.settings, item.section)));
    // registerCapability, workDoneProgress/create and the like: accept and ignore.
    this.connection.onRequest(() => null);
    this.connection.onNotification(() => {});
    this.connection.listen();
  }

  async initialize({ rootUri, initializationOptions, timeoutMs }) {
    const result = await withTimeout(this.connection.sendRequest('initialize', {
      processId: process.pid,
      clientInfo: { name: 'lsp4ij-template-test' },
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'workspace' }],
      initializationOptions,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
        textDocument: {
          synchronization: { didSave: true },
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
          codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
            resolveSupport: { properties: ['edit'] },
          },
        },
      },
    }), timeoutMs, 'the initialize response').catch((error) => {
      throw new Error(`${error.message}; server stderr: ${this.stderr.trim() || '(empty)'}`);
    });
    this.connection.sendNotification('initialized', {});
    this.connection.sendNotification('workspace/didChangeConfiguration', { settings: this.settings });
    return result;
  }

  open(uri, languageId, text) {
    this.versions.set(uri, 1);
    this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends the whole new text of an open document, which servers accept under full and incremental sync. */
  change(uri, text) {
    const version = this.versions.get(uri) + 1;
    this.versions.set(uri, version);
    this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** Resolves with the first (already received or future) publish for `uri` that satisfies `accept`. */
  waitForDiagnostics(uri, accept, timeoutMs) {
    const seen = this.published.find((p) => p.uri === uri && accept(p.diagnostics));
    if (seen) return Promise.resolve(seen.diagnostics);
    return withTimeout(new Promise((resolve) => {
      this.waiters.push((p) => {
        if (p.uri !== uri || !accept(p.diagnostics)) return false;
        resolve(p.diagnostics);
        return true;
      });
    }), timeoutMs, `diagnostics for ${uri}`);
  }

  request(method, params, timeoutMs) {
    return withTimeout(this.connection.sendRequest(method, params), timeoutMs, method);
  }

  /** shutdown + exit, then a kill if the server is still there after `graceMs`. */
  async close(graceMs = 5000) {
    if (this.process.exitCode === null) {
      try {
        await withTimeout(this.connection.sendRequest('shutdown'), graceMs, 'shutdown');
        this.connection.sendNotification('exit');
      } catch {
        // fall through to the kill below
      }
      const exited = await Promise.race([this.exited, new Promise((r) => setTimeout(() => r('timeout'), graceMs))]);
      if (exited === 'timeout') this.process.kill('SIGKILL');
    }
    this.connection.dispose();
  }
}

/** The TextEdits for `uri` in a WorkspaceEdit (`changes` or `documentChanges`). */
function textEditsFor(edit, uri) {
  const fromChanges = (edit.changes && edit.changes[uri]) || [];
  const fromDocumentChanges = (edit.documentChanges || []).flatMap((change) =>
    (change.textDocument && change.textDocument.uri === uri ? change.edits : []));
  return [...fromChanges, ...fromDocumentChanges];
}

/** Applies non-overlapping LSP TextEdits to `text`, as an editor does. */
function applyTextEdits(text, edits) {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = ({ line, character }) => (line < lineStarts.length ? Math.min(lineStarts[line] + character, text.length) : text.length);
  return edits
    .map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end)
    .reduce((result, e) => result.slice(0, e.start) + e.newText + result.slice(e.end), text);
}

module.exports = { LspSession, applyTextEdits, textEditsFor };
