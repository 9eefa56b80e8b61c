// Launches the command template.json describes (with the built jar swapped in),
// talks LSP to it the way LSP4IJ does, and checks what the user would see.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { commandLineFor, splitCommandLine, withJar } = require('./lib/launch-command');
const { LspSession, applyTextEdits, textEditsFor } = require('./lib/lsp-session');

const templateDir = path.resolve(__dirname, '..');
const repoDir = path.resolve(templateDir, '..');
const jar = path.resolve(process.env.CFN_LSP_JAR || path.join(repoDir, 'server/target/cfn-lsp.jar'));
const readJson = (name) => JSON.parse(fs.readFileSync(path.join(templateDir, name), 'utf8'));

const START_MS = 60000; // JVM start-up and first analysis on a slow CI machine
const STEP_MS = 20000;

function fileNameMatches(pattern, fileName) {
  const regex = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return regex.test(fileName);
}

/** The languageId LSP4IJ would send for `fileName`, from the template's pattern mappings. */
function languageIdFor(template, fileName) {
  const mapping = template.fileTypeMappings.find((m) => (m.fileType.patterns || []).some((p) => fileNameMatches(p, fileName)));
  return mapping && mapping.languageId;
}

test('the template launches cfn-lsp and it reports the seeded problems', { timeout: 120000 }, async (t) => {
  assert.ok(fs.existsSync(jar), `cfn-lsp jar not found: ${jar} (build it, or set CFN_LSP_JAR)`);
  const template = readJson('template.json');
  const argv = splitCommandLine(withJar(commandLineFor(template), jar));
  assert.deepEqual(argv.slice(-3), ['-jar', jar, 'serve']);
  assert.equal(argv[0], 'java');

  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'cfn-lsp-lsp4ij-'));
  const samplePath = path.join(workspace, 'sample.cfn.yaml');
  fs.copyFileSync(path.join(__dirname, 'fixtures', 'sample.cfn.yaml'), samplePath);
  const uri = pathToFileURL(samplePath).href;

  const session = new LspSession(argv, { cwd: workspace, settings: readJson('settings.json') });
  t.after(async () => {
    await session.close();
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  let initialized = false;
  let diagnostics;
  await t.test('initialize with initializationOptions.json', async () => {
    const result = await session.initialize({
      rootUri: pathToFileURL(workspace).href,
      initializationOptions: readJson('initializationOptions.json'),
      timeoutMs: START_MS,
    });
    assert.ok(result.capabilities.textDocumentSync !== undefined, 'server declares text document sync');
    assert.ok(result.capabilities.codeActionProvider, 'server declares code actions');
    initialized = true;
  });

  await t.test('the sample file is mapped and gets property-unknown and ref-unknown', async () => {
    assert.ok(initialized, 'needs the handshake of the previous step');
    const languageId = languageIdFor(template, 'sample.cfn.yaml');
    assert.equal(languageId, 'yaml', 'sample.cfn.yaml is covered by a file name pattern');
    session.open(uri, languageId, fs.readFileSync(samplePath, 'utf8'));
    const codes = (list) => new Set(list.map((d) => d.code));
    diagnostics = await session.waitForDiagnostics(uri, (list) => codes(list).has('property-unknown') && codes(list).has('ref-unknown'), START_MS);
    const property = diagnostics.find((d) => d.code === 'property-unknown');
    const ref = diagnostics.find((d) => d.code === 'ref-unknown');
    assert.equal(property.range.start.line, 6, 'property-unknown line (0-based)');
    assert.equal(ref.range.start.line, 9, 'ref-unknown line (0-based)');
    for (const d of [property, ref]) assert.equal(d.source, 'cfn-lsp');
  });

  await t.test("Alt+Enter offers \"Change to 'BucketName'\", which fixes the typo", async () => {
    assert.ok(diagnostics, 'needs the diagnostics of the previous step');
    const property = diagnostics.find((d) => d.code === 'property-unknown');
    const actions = await session.request('textDocument/codeAction', {
      textDocument: { uri },
      range: property.range,
      context: { diagnostics: [property], only: ['quickfix'] },
    }, STEP_MS);
    const titles = (actions || []).map((a) => a.title);
    const fix = (actions || []).find((a) => a.title === "Change to 'BucketName'");
    assert.ok(fix, `titles: ${JSON.stringify(titles)}`);
    assert.equal(fix.kind, 'quickfix');
    // LSP4IJ resolves the edit when the server leaves it out.
    const edit = fix.edit || (await session.request('codeAction/resolve', fix, STEP_MS)).edit;
    assert.ok(edit, 'the quick fix carries an edit');

    const fixed = applyTextEdits(fs.readFileSync(samplePath, 'utf8'), textEditsFor(edit, uri));
    assert.equal(fixed, fs.readFileSync(path.join(__dirname, 'fixtures', 'sample.cfn.yaml.expected'), 'utf8'));
    const published = session.published.length;
    session.change(uri, fixed);
    const after = await session.waitForDiagnostics(
      uri,
      (list) => session.published.length > published && !list.some((d) => d.code === 'property-unknown'),
      STEP_MS,
    );
    assert.ok(after.some((d) => d.code === 'ref-unknown'), 'ref-unknown stays');
  });
});
