// Turns the template's programArgs into the argv LSP4IJ would launch.
'use strict';

const os = require('node:os');

// Where the template expects the jar; the test swaps in the freshly built one.
const JAR_PLACEHOLDER = '$USER_HOME$/.lsp4ij/lsp/cfn-lsp/cfn-lsp.jar';

function osKey(platform = os.platform()) {
  if (platform === 'win32') return 'windows';
  if (platform === 'darwin') return 'mac';
  return 'unix';
}

/** The command line LSP4IJ picks on this OS: its own key, else "default". */
function commandLineFor(template, platform) {
  return template.programArgs[osKey(platform)] || template.programArgs.default;
}

/** Splits like LSP4IJ's CommandUtils.createCommands: spaces separate, double quotes group. */
function splitCommandLine(commandLine) {
  const args = [];
  let current = '';
  let quoted = false;
  for (const c of commandLine) {
    if (c === '"') quoted = !quoted;
    else if (c === ' ' && !quoted) {
      if (current.trim()) args.push(current.trim());
      current = '';
    } else current += c;
  }
  if (current.trim()) args.push(current.trim());
  return args;
}

function withJar(commandLine, jarPath) {
  if (!commandLine.includes(JAR_PLACEHOLDER)) {
    throw new Error(`command line does not contain ${JAR_PLACEHOLDER}: ${commandLine}`);
  }
  return commandLine.split(JAR_PLACEHOLDER).join(jarPath);
}

module.exports = { JAR_PLACEHOLDER, commandLineFor, splitCommandLine, withJar };
