import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_SERVER_OPTIONS, SettingsReader, toDidChangeConfigurationParams, toServerOptions } from '../../src/settings';

const settingsOf = (values: Record<string, unknown>): SettingsReader => ({ get: (key) => values[key] });

describe('toServerOptions', () => {
  it('uses the defaults when nothing is set', () => {
    assert.deepEqual(toServerOptions(settingsOf({})), DEFAULT_SERVER_OPTIONS);
    assert.deepEqual(DEFAULT_SERVER_OPTIONS, { regions: ['us-east-1'], profile: 'default', debounceMs: 150, rules: {} });
  });

  it('passes valid settings through unchanged', () => {
    const options = toServerOptions(
      settingsOf({
        regions: ['eu-west-1', 'us-east-1'],
        profile: 'production',
        debounceMs: 300,
        rules: { 'property-unknown': 'warning', 'ref-unknown': 'off', 'syntax-error': 'error', 'resource-type-unknown': 'info' },
        'java.home': '/opt/jdk',
      }),
    );
    assert.deepEqual(options, {
      regions: ['eu-west-1', 'us-east-1'],
      profile: 'production',
      debounceMs: 300,
      rules: { 'property-unknown': 'warning', 'ref-unknown': 'off', 'syntax-error': 'error', 'resource-type-unknown': 'info' },
    });
  });

  it('leaves client-only settings out of what the server receives', () => {
    const options = toServerOptions(settingsOf({ 'java.home': '/opt/jdk', 'server.jar': '/tmp/x.jar', 'trace.server': 'verbose' }));
    assert.deepEqual(Object.keys(options).sort(), ['debounceMs', 'profile', 'regions', 'rules']);
  });

  it('trims regions, drops blanks, duplicates and non-strings, and falls back when none remain', () => {
    assert.deepEqual(toServerOptions(settingsOf({ regions: [' eu-west-1 ', '', 42, 'eu-west-1', 'us-west-2'] })).regions, ['eu-west-1', 'us-west-2']);
    assert.deepEqual(toServerOptions(settingsOf({ regions: [] })).regions, ['us-east-1']);
    assert.deepEqual(toServerOptions(settingsOf({ regions: 'eu-west-1' })).regions, ['us-east-1']);
  });

  it('falls back to the default profile for unknown values', () => {
    assert.equal(toServerOptions(settingsOf({ profile: 'strict' })).profile, 'default');
  });

  it('rounds and clamps the debounce delay', () => {
    assert.equal(toServerOptions(settingsOf({ debounceMs: 99.6 })).debounceMs, 100);
    assert.equal(toServerOptions(settingsOf({ debounceMs: -5 })).debounceMs, 0);
    assert.equal(toServerOptions(settingsOf({ debounceMs: 1e9 })).debounceMs, 10_000);
    assert.equal(toServerOptions(settingsOf({ debounceMs: '300' })).debounceMs, 150);
    assert.equal(toServerOptions(settingsOf({ debounceMs: Number.NaN })).debounceMs, 150);
  });

  it('keeps only rule overrides with a known severity, normalising case', () => {
    const rules = toServerOptions(settingsOf({ rules: { 'property-unknown': 'Warning', 'ref-unknown': 'fatal', ' ': 'off', 'syntax-error': 1 } })).rules;
    assert.deepEqual(rules, { 'property-unknown': 'warning' });
    assert.deepEqual(toServerOptions(settingsOf({ rules: ['property-unknown'] })).rules, {});
  });
});

describe('toDidChangeConfigurationParams', () => {
  it('nests the options under the cfn-lsp section', () => {
    assert.deepEqual(toDidChangeConfigurationParams(DEFAULT_SERVER_OPTIONS), { settings: { 'cfn-lsp': DEFAULT_SERVER_OPTIONS } });
  });
});
