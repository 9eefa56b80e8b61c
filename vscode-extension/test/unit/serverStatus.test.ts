import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { presentServerStatus } from '../../src/serverStatus';

describe('presentServerStatus', () => {
  it('shows a spinner while starting', () => {
    assert.equal(presentServerStatus({ kind: 'starting' }).text, '$(sync~spin) cfn-lsp');
  });

  it('shows the server version when ready', () => {
    const presentation = presentServerStatus({ kind: 'ready', serverVersion: '0.1.0' });
    assert.equal(presentation.text, '$(check) cfn-lsp');
    assert.match(presentation.tooltip, /cfn-lsp 0\.1\.0: ready/);
    assert.equal(presentation.isError, false);
  });

  it('puts the error message in the tooltip', () => {
    const presentation = presentServerStatus({ kind: 'error', message: 'cfn-lsp needs Java 17 or newer.' });
    assert.equal(presentation.text, '$(error) cfn-lsp');
    assert.match(presentation.tooltip, /needs Java 17 or newer/);
    assert.equal(presentation.isError, true);
  });

  it('tells how to start a stopped server', () => {
    assert.match(presentServerStatus({ kind: 'stopped' }).tooltip, /Restart Language Server/);
  });
});
