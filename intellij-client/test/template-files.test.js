// The template directory is what LSP4IJ imports: check every file's shape.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const Ajv = require('ajv');
const { validateTemplate } = require('./lib/template-format');
const { JAR_PLACEHOLDER } = require('./lib/launch-command');

const templateDir = path.resolve(__dirname, '..');
const readJson = (name) => JSON.parse(fs.readFileSync(path.join(templateDir, name), 'utf8'));

test('template.json follows the LSP4IJ template format', () => {
  assert.deepEqual(validateTemplate(readJson('template.json')), []);
});

test('every launch command runs `java <options> -jar <jar> serve`, all with the same options', () => {
  const commandLines = Object.values(readJson('template.json').programArgs);
  assert.equal(new Set(commandLines).size, 1, 'one command line for every OS');
  for (const [os, commandLine] of Object.entries(readJson('template.json').programArgs)) {
    assert.match(commandLine, /^java( -[^ "]+)* -jar "[^"]+" serve$/, `programArgs.${os}`);
    assert.ok(commandLine.includes(' -Xlog:all=warning:stderr '), `programArgs.${os} keeps JVM warnings off stdout`);
    assert.ok(commandLine.includes(JAR_PLACEHOLDER), `programArgs.${os} uses ${JAR_PLACEHOLDER}`);
  }
});

test('template.json validation rejects malformed templates', () => {
  assert.notDeepEqual(validateTemplate({ programArgs: { default: 'x' } }), [], 'missing name');
  assert.notDeepEqual(validateTemplate({ name: 'x', programArgs: { linux: 'x' } }), [], 'unknown OS key, no default');
  assert.notDeepEqual(validateTemplate({ name: 'x', programArgs: { default: 'x' }, fileTypeMappings: [{ languageId: 'yaml' }] }), [], 'mapping without fileType');
});

test('settings.json matches settings.schema.json', () => {
  const validate = new Ajv({ allErrors: true }).compile(readJson('settings.schema.json'));
  assert.ok(validate(readJson('settings.json')), JSON.stringify(validate.errors));
});

test('initializationOptions.json has the shape of the "cfn-lsp" settings section', () => {
  const schema = readJson('settings.schema.json').properties['cfn-lsp'];
  const validate = new Ajv({ allErrors: true }).compile(schema);
  assert.ok(validate(readJson('initializationOptions.json')), JSON.stringify(validate.errors));
  assert.deepEqual(readJson('initializationOptions.json'), readJson('settings.json')['cfn-lsp']);
});

test('settings.schema.json rejects unknown severities and profiles', () => {
  const validate = new Ajv().compile(readJson('settings.schema.json'));
  assert.equal(validate({ 'cfn-lsp': { rules: { 'ref-unknown': 'fatal' } } }), false);
  assert.equal(validate({ 'cfn-lsp': { profile: 'strict' } }), false);
});
