import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { CONFIGURATION_SECTION, DEFAULT_SERVER_OPTIONS } from '../../src/settings';
import { TEMPLATE_FILE_GLOBS } from '../../src/templateDetection';

// Compiled to out/test/unit, so the manifest is three levels up.
const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
const properties: Record<string, { default: unknown }> = manifest.contributes.configuration.properties;

describe('package.json', () => {
  it('declares every setting the extension reads', () => {
    const keys = ['java.home', 'server.jar', 'regions', 'profile', 'rules', 'debounceMs', 'trace.server'].map((key) => `${CONFIGURATION_SECTION}.${key}`);
    assert.deepEqual(Object.keys(properties).sort(), keys.sort());
  });

  it('uses the same defaults as the settings mapping', () => {
    for (const [key, value] of Object.entries(DEFAULT_SERVER_OPTIONS)) {
      assert.deepEqual(properties[`${CONFIGURATION_SECTION}.${key}`].default, value, key);
    }
  });

  it('contributes the three commands', () => {
    assert.deepEqual(
      manifest.contributes.commands.map((command: { command: string }) => command.command).sort(),
      ['cfn-lsp.fixAll', 'cfn-lsp.restartServer', 'cfn-lsp.showLog'],
    );
  });

  it('activates on YAML, JSON and workspaces holding template-named files', () => {
    const events: string[] = manifest.activationEvents;
    assert.ok(events.includes('onLanguage:yaml') && events.includes('onLanguage:json'));
    for (const glob of TEMPLATE_FILE_GLOBS) {
      assert.ok(events.includes(`workspaceContains:${glob}`), glob);
    }
  });

  it('teaches the YAML extension every CloudFormation short-form tag', () => {
    const tags: string[] = manifest.contributes.configurationDefaults['yaml.customTags'];
    for (const tag of ['!Ref', '!Sub', '!GetAtt', '!Join sequence', '!If sequence', '!FindInMap sequence', '!Base64', '!Cidr sequence', '!ImportValue', '!GetAZs', '!Condition', '!Transform mapping']) {
      assert.ok(tags.includes(tag), tag);
    }
    assert.equal(tags.length, 22);
  });
});
