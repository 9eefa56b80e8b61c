/**
 * Runs the real server jar with the command line the extension computes and drives it over LSP
 * the way VS Code would. VS Code itself cannot be downloaded where these tests run.
 */

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { CodeActionKind, Diagnostic, DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import { nodeJavaDiscoveryHost } from '../../src/javaDiscovery';
import { planServerLaunch } from '../../src/serverLaunch';
import { DEFAULT_SERVER_OPTIONS, ServerOptions, toServerOptions } from '../../src/settings';
import { LspSession, withTimeout } from './lspSession';

// Compiled to out/test/integration, so the extension root is three levels up.
const EXTENSION_ROOT = path.join(__dirname, '..', '..', '..');
const JAR = path.resolve(process.env.CFN_LSP_JAR ?? path.join(EXTENSION_ROOT, '..', 'server', 'target', 'cfn-lsp.jar'));
const EXTENSION_VERSION: string = JSON.parse(readFileSync(path.join(EXTENSION_ROOT, 'package.json'), 'utf8')).version;

const START_TIMEOUT_MS = 60_000;
const RESPONSE_TIMEOUT_MS = 20_000;
const SESSION_TEST_TIMEOUT_MS = 120_000;

const TEMPLATE_WITH_TYPO = `AWSTemplateFormatVersion: "2010-09-09"
Description: Integration test template
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketNme: cfn-lsp-integration-test
`;

/** A log group without RetentionInDays (safe fixes) next to a typo (a quick fix, not a safe fix). */
const FIX_ALL_TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Description: Integration test template for fix-all
Resources:
  AppLogs:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: cfn-lsp-integration-logs
  Alerts:
    Type: AWS::SNS::Topic
    Properties:
      TopicNme: cfn-lsp-integration-alerts
`;

const FIX_ALL_TEMPLATE_FIXED = `AWSTemplateFormatVersion: "2010-09-09"
Description: Integration test template for fix-all
Resources:
  AppLogs:
    Type: AWS::Logs::LogGroup
    DeletionPolicy: Retain
    UpdateReplacePolicy: Retain
    Properties:
      LogGroupName: cfn-lsp-integration-logs
      RetentionInDays: 365
  Alerts:
    Type: AWS::SNS::Topic
    Properties:
      TopicNme: cfn-lsp-integration-alerts
`;

const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.cfn-lsp`;

const isRule = (code: string) => (diagnostic: Diagnostic): boolean => diagnostic.code === code && diagnostic.source === 'cfn-lsp';
const isUnknownProperty = isRule('property-unknown');
const hasUnknownProperty = (diagnostics: Diagnostic[]): boolean => diagnostics.some(isUnknownProperty);
const uriFor = (name: string): string => `file:///tmp/cfn-lsp-integration/${name}`;

/** In CI a missing jar is a failure; on a developer machine without a build the tests are skipped. */
const skipReason = existsSync(JAR) ? false : `no server jar at ${JAR}; build it or set CFN_LSP_JAR`;
if (skipReason && process.env.CI) {
  throw new Error(`CI=${process.env.CI} but ${skipReason}`);
}

async function startSession(options: ServerOptions): Promise<LspSession> {
  const plan = await planServerLaunch({ configuredJar: JAR, bundledJar: JAR }, nodeJavaDiscoveryHost(''));
  assert.ok(plan.ok, !plan.ok ? plan.message : '');
  return LspSession.start(plan.command, plan.args, options, START_TIMEOUT_MS);
}

describe('cfn-lsp server over stdio', { skip: skipReason }, () => {
  it('reports the same version as the extension', async () => {
    const plan = await planServerLaunch({ configuredJar: JAR, bundledJar: JAR }, nodeJavaDiscoveryHost(''));
    assert.ok(plan.ok, !plan.ok ? plan.message : '');
    const { stdout } = await promisify(execFile)(plan.command, ['-jar', JAR, '--version'], { timeout: RESPONSE_TIMEOUT_MS });
    assert.match(stdout, new RegExp(`\\b${EXTENSION_VERSION.replace(/\./g, '\\.')}\\b`));
  });

  describe('with default settings', () => {
    let session: LspSession;

    before(async () => {
      session = await startSession(DEFAULT_SERVER_OPTIONS);
    });

    after(async () => {
      const exitCode = await session?.stop(RESPONSE_TIMEOUT_MS);
      assert.equal(exitCode, 0, `server exit code (log tail:\n${session?.stderr})`);
    });

    it('offers "Change to \'BucketName\'" for a misspelt property, and the fix clears the problem', { timeout: SESSION_TEST_TIMEOUT_MS }, async () => {
      const uri = uriFor('quick-fix.yaml');
      await session.open(uri, 'yaml', TEMPLATE_WITH_TYPO);
      const diagnostics = await session.waitForDiagnostics(uri, hasUnknownProperty, RESPONSE_TIMEOUT_MS, 'a property-unknown diagnostic');
      const typo = diagnostics.find(isUnknownProperty)!;
      assert.equal(typo.range.start.line, 6, 'the diagnostic points at the BucketNme line');

      const actions = await session.codeActions(
        uri,
        { range: typo.range, context: { diagnostics: [typo], only: [CodeActionKind.QuickFix] } },
        RESPONSE_TIMEOUT_MS,
      );
      const fix = actions.find((action) => action.title === "Change to 'BucketName'");
      assert.ok(fix, `quick fix missing; got ${JSON.stringify(actions.map((action) => action.title))}`);
      assert.equal(fix.kind, CodeActionKind.QuickFix);
      const edit = await session.editOf(fix, RESPONSE_TIMEOUT_MS);
      assert.ok(edit, 'the quick fix carries an edit');

      await session.applyEdit(uri, edit);
      assert.equal(session.text(uri), TEMPLATE_WITH_TYPO.replace('BucketNme:', 'BucketName:'));
      await session.waitForDiagnostics(uri, (after) => !hasUnknownProperty(after), RESPONSE_TIMEOUT_MS, 'the property-unknown diagnostic to go away');
    });

    it('applies only safe fixes with the source.fixAll.cfn-lsp action', { timeout: SESSION_TEST_TIMEOUT_MS }, async () => {
      const uri = uriFor('fix-all.yaml');
      await session.open(uri, 'yaml', FIX_ALL_TEMPLATE);
      const diagnostics = await session.waitForDiagnostics(
        uri,
        (published) => published.some(isRule('log-group-retention')) && hasUnknownProperty(published),
        RESPONSE_TIMEOUT_MS,
        'log-group-retention and property-unknown diagnostics',
      );
      assert.equal(diagnostics.find(isRule('log-group-retention'))!.range.start.line, 3, 'log-group-retention points at AppLogs');
      assert.equal(diagnostics.find(isUnknownProperty)!.range.start.line, 10, 'property-unknown points at TopicNme');

      const wholeDocument = { start: { line: 0, character: 0 }, end: { line: FIX_ALL_TEMPLATE.split('\n').length, character: 0 } };
      const actions = await session.codeActions(uri, { range: wholeDocument, context: { diagnostics, only: [FIX_ALL_KIND] } }, RESPONSE_TIMEOUT_MS);
      assert.equal(actions.length, 1, `expected one fix-all action; got ${JSON.stringify(actions.map((action) => action.title))}`);
      assert.equal(actions[0].kind, FIX_ALL_KIND);
      const edit = await session.editOf(actions[0], RESPONSE_TIMEOUT_MS);
      assert.ok(edit, 'the fix-all action carries an edit');

      await session.applyEdit(uri, edit);
      assert.equal(session.text(uri), FIX_ALL_TEMPLATE_FIXED);
      // Fix-all applies safe fixes only: the retention is set, the typo stays for the user to pick its quick fix.
      const after = await session.waitForDiagnostics(
        uri,
        (published) => !published.some(isRule('log-group-retention')) && hasUnknownProperty(published),
        RESPONSE_TIMEOUT_MS,
        'log-group-retention to go away while property-unknown stays',
      );
      assert.equal(after.find(isUnknownProperty)!.range.start.line, 13, 'property-unknown still points at TopicNme');
    });
  });

  it('applies rule severities from initializationOptions and from didChangeConfiguration', { timeout: SESSION_TEST_TIMEOUT_MS }, async () => {
    const settings = (severity: string): ServerOptions => toServerOptions({ get: (key) => (key === 'rules' ? { 'property-unknown': severity } : undefined) });
    const session = await startSession(settings('warning'));
    try {
      const uri = uriFor('severity.yaml');
      await session.open(uri, 'yaml', TEMPLATE_WITH_TYPO);
      const typoWithSeverity = (severity: DiagnosticSeverity) => (diagnostics: Diagnostic[]) =>
        diagnostics.some((diagnostic) => isUnknownProperty(diagnostic) && diagnostic.severity === severity);
      await session.waitForDiagnostics(uri, typoWithSeverity(DiagnosticSeverity.Warning), RESPONSE_TIMEOUT_MS, 'property-unknown as a warning');

      await session.changeConfiguration(settings('error'));
      // Re-sending the text makes the server validate again, whether or not it re-validates on configuration changes.
      await session.replaceText(uri, session.text(uri));
      await session.waitForDiagnostics(uri, typoWithSeverity(DiagnosticSeverity.Error), RESPONSE_TIMEOUT_MS, 'property-unknown as an error');
    } finally {
      assert.equal(await withTimeout(session.stop(RESPONSE_TIMEOUT_MS), RESPONSE_TIMEOUT_MS * 2, 'stop'), 0);
    }
  });
});
