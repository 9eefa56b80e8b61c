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
    this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
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

module.exports = { LspSession };
