/** Computes the command line that starts the server, free of `vscode` so tests can run exactly it. */

import { discoverJava, JavaDiscoveryHost } from './javaDiscovery';

/** Where the packaging script puts the server inside the extension. */
export const BUNDLED_JAR_PATH = 'server/cfn-lsp.jar';

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
  return { ok: true, command: java.javaPath, args: serverArguments(jarPath), javaMajorVersion: java.majorVersion };
}

export function serverArguments(jarPath: string): string[] {
  return ['-jar', jarPath, 'serve'];
}
