/** Computes the command line that starts the server, free of `vscode` so tests can run exactly it. */

import * as path from 'node:path';
import { discoverJava, JavaDiscoveryHost } from './javaDiscovery';

/** Where the packaging script puts the server inside the extension. */
export const BUNDLED_JAR_PATH = 'server/cfn-lsp.jar';

/**
 * JVM options for the server, the one place this client sets them (docs/perf-launch-notes.md explains each):
 * a small, compact heap instead of a quarter of the machine's memory, and JVM warnings on stderr, never on the
 * stdout that carries the protocol.
 */
export const SERVER_JVM_OPTIONS: readonly string[] = [
  '-XX:+UseSerialGC',
  '-Xms128m',
  '-XX:NewSize=96m',
  '-XX:MaxNewSize=96m',
  '-XX:SurvivorRatio=1',
  '-XX:TargetSurvivorRatio=90',
  '-XX:MinHeapFreeRatio=40',
  '-XX:MaxHeapFreeRatio=70',
  '-Xlog:disable',
  '-Xlog:all=warning:stderr',
];

/** The class-data-sharing archive `java -jar cfn-lsp.jar class-archive` writes next to the jar. */
export const CLASS_ARCHIVE_NAME = 'cfn-lsp.jsa';

export interface LaunchSettings {
  /** Value of `cfn-lsp.server.jar`; empty to use the bundled jar. */
  readonly configuredJar: string;
  /** Absolute path of the bundled jar. */
  readonly bundledJar: string;
}

export type LaunchPlan =
  | { readonly ok: true; readonly command: string; readonly args: string[]; readonly javaMajorVersion: number }
  | { readonly ok: false; readonly message: string };

export async function planServerLaunch(settings: LaunchSettings, javaHost: JavaDiscoveryHost): Promise<LaunchPlan> {
  const configuredJar = settings.configuredJar.trim();
  const jarPath = configuredJar.length > 0 ? configuredJar : settings.bundledJar;
  if (!javaHost.isFile(jarPath)) {
    return {
      ok: false,
      message:
        configuredJar.length > 0
          ? `"cfn-lsp.server.jar" is set to "${configuredJar}", but that file does not exist.`
          : `The bundled server is missing at "${jarPath}". Reinstall the extension, or point "cfn-lsp.server.jar" at a cfn-lsp.jar.`,
    };
  }
  const java = await discoverJava(javaHost);
  if (!java.found) {
    return { ok: false, message: java.message };
  }
  const archive = path.join(path.dirname(jarPath), CLASS_ARCHIVE_NAME);
  const args = serverArguments(jarPath, javaHost.isFile(archive) ? archive : undefined);
  return { ok: true, command: java.javaPath, args, javaMajorVersion: java.majorVersion };
}

/**
 * The arguments after `java`. The archive is passed only when it exists: a missing one would also turn off the JDK's
 * own class sharing, while one left stale by another Java or a moved jar is just ignored.
 */
export function serverArguments(jarPath: string, classArchive?: string): string[] {
  const archive = classArchive ? [`-XX:SharedArchiveFile=${classArchive}`] : [];
  return [...SERVER_JVM_OPTIONS, ...archive, '-jar', jarPath, 'serve'];
}
