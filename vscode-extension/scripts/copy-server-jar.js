// Copies the server jar built by Maven into the extension (server/cfn-lsp.jar) before packaging,
// after checking that it reports the extension's version. Runs after `npm run compile`.
'use strict';

const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { discoverJava, nodeJavaDiscoveryHost } = require('../out/src/javaDiscovery');
const { BUNDLED_JAR_PATH } = require('../out/src/serverLaunch');

const extensionRoot = path.join(__dirname, '..');
const source = path.resolve(process.env.CFN_LSP_JAR || path.join(extensionRoot, '..', 'server', 'target', 'cfn-lsp.jar'));
const target = path.join(extensionRoot, BUNDLED_JAR_PATH);
const { version } = require('../package.json');

async function main() {
  if (!fs.existsSync(source)) {
    throw new Error(`No server jar at ${source}. Build it first with "mvn -q -DskipTests package" at the repository root.`);
  }
  const java = await discoverJava(nodeJavaDiscoveryHost(''));
  if (!java.found) {
    throw new Error(java.message);
  }
  const reported = execFileSync(java.javaPath, ['-jar', source, '--version'], { encoding: 'utf8', timeout: 60_000 }).trim();
  if (!new RegExp(`\\b${version.replace(/\./g, '\\.')}\\b`).test(reported)) {
    throw new Error(`The server reports "${reported}" but the extension is ${version}; the two versions must match.`);
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(source, target);
  console.log(`Bundled ${source} (${reported}) as ${BUNDLED_JAR_PATH}`);
}

main().catch((error) => {
  console.error(`copy-server-jar: ${error.message}`);
  process.exit(1);
});
