/** Finds a Java 17+ runtime: the `cfn-lsp.java.home` setting, then JAVA_HOME, then PATH. */

import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import * as path from 'node:path';

export const MINIMUM_JAVA_VERSION = 17;

export type JavaSource = 'setting' | 'JAVA_HOME' | 'PATH';

export type JavaDiscoveryResult =
  | { readonly found: true; readonly javaPath: string; readonly majorVersion: number; readonly source: JavaSource }
  | { readonly found: false; readonly message: string };

/** Everything discovery needs from the machine, so tests can fake it. */
export interface JavaDiscoveryHost {
  /** Value of `cfn-lsp.java.home`: a Java home directory or a `java` executable; empty when unset. */
  readonly configuredJava: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  isFile(candidate: string): boolean;
  isDirectory(candidate: string): boolean;
  /** Output of `<javaPath> -version`; rejects when it cannot be run. */
  runJavaVersion(javaPath: string): Promise<string>;
}

const INSTALL_HINT =
  `Install a Java ${MINIMUM_JAVA_VERSION} or newer runtime (for example Eclipse Temurin ${MINIMUM_JAVA_VERSION} from https://adoptium.net, ` +
  `or "sudo apt install openjdk-${MINIMUM_JAVA_VERSION}-jre-headless"), then set "cfn-lsp.java.home" or JAVA_HOME to it, ` +
  'and run "cfn-lsp: Restart Language Server".';

export async function discoverJava(host: JavaDiscoveryHost): Promise<JavaDiscoveryResult> {
  const paths = host.platform === 'win32' ? path.win32 : path.posix;
  const executable = host.platform === 'win32' ? 'java.exe' : 'java';
  const inHome = (home: string): string => paths.join(home, 'bin', executable);

  const configured = host.configuredJava.trim();
  if (configured.length > 0) {
    // An explicit setting is never silently replaced by another Java.
    const javaPath = host.isDirectory(configured) ? inHome(configured) : configured;
    if (!host.isFile(javaPath)) {
      return { found: false, message: `"cfn-lsp.java.home" is set to "${configured}", but there is no Java executable at "${javaPath}". ${INSTALL_HINT}` };
    }
    const probe = await probeJava(host, javaPath);
    return probe.majorVersion !== undefined && probe.majorVersion >= MINIMUM_JAVA_VERSION
      ? { found: true, javaPath, majorVersion: probe.majorVersion, source: 'setting' }
      : { found: false, message: `"cfn-lsp.java.home" points to ${probe.description}, but cfn-lsp needs Java ${MINIMUM_JAVA_VERSION} or newer. ${INSTALL_HINT}` };
  }

  const candidates: { javaPath: string; source: JavaSource }[] = [];
  const javaHome = host.env.JAVA_HOME?.trim();
  if (javaHome) {
    candidates.push({ javaPath: inHome(javaHome), source: 'JAVA_HOME' });
  }
  for (const directory of (host.env.PATH ?? '').split(paths.delimiter).filter((entry) => entry.length > 0)) {
    candidates.push({ javaPath: paths.join(directory, executable), source: 'PATH' });
  }

  const rejected: string[] = [];
  for (const candidate of candidates.filter((c) => host.isFile(c.javaPath))) {
    const probe = await probeJava(host, candidate.javaPath);
    if (probe.majorVersion !== undefined && probe.majorVersion >= MINIMUM_JAVA_VERSION) {
      return { found: true, javaPath: candidate.javaPath, majorVersion: probe.majorVersion, source: candidate.source };
    }
    rejected.push(`${probe.description} (from ${candidate.source})`);
  }
  const whatWasFound = rejected.length > 0 ? `only found ${rejected.join(', ')}` : 'found no Java on JAVA_HOME or PATH';
  return { found: false, message: `cfn-lsp needs Java ${MINIMUM_JAVA_VERSION} or newer to run its language server, but ${whatWasFound}. ${INSTALL_HINT}` };
}

/** Reads the major version from `java -version` output: `"1.8.0_392"` is 8, `"17.0.9"` is 17, `"21"` is 21. */
export function parseJavaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(versionOutput);
  if (!match) {
    return undefined;
  }
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

async function probeJava(host: JavaDiscoveryHost, javaPath: string): Promise<{ majorVersion?: number; description: string }> {
  let output: string;
  try {
    output = await host.runJavaVersion(javaPath);
  } catch (error) {
    return { description: `a Java at "${javaPath}" that failed to run (${error instanceof Error ? error.message : String(error)})` };
  }
  const majorVersion = parseJavaMajorVersion(output);
  return majorVersion === undefined
    ? { description: `a Java at "${javaPath}" whose version could not be read` }
    : { majorVersion, description: `Java ${majorVersion} at "${javaPath}"` };
}

const JAVA_VERSION_TIMEOUT_MS = 15_000;

/** The real machine, for the extension and the integration test. */
export function nodeJavaDiscoveryHost(configuredJava: string): JavaDiscoveryHost {
  return {
    configuredJava,
    env: process.env,
    platform: process.platform,
    isFile: (candidate) => statSync(candidate, { throwIfNoEntry: false })?.isFile() ?? false,
    isDirectory: (candidate) => statSync(candidate, { throwIfNoEntry: false })?.isDirectory() ?? false,
    runJavaVersion: (javaPath) =>
      new Promise((resolve, reject) => {
        // `java -version` writes to stderr.
        execFile(javaPath, ['-version'], { timeout: JAVA_VERSION_TIMEOUT_MS, windowsHide: true }, (error, stdout, stderr) =>
          error ? reject(error) : resolve(`${stderr}${stdout}`),
        );
      }),
  };
}
