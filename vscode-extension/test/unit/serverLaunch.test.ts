import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { JavaDiscoveryHost } from '../../src/javaDiscovery';
import { planServerLaunch, SERVER_JVM_OPTIONS, serverArguments } from '../../src/serverLaunch';

function hostWith(files: string[], javaVersion = '17.0.15'): JavaDiscoveryHost {
  return {
    configuredJava: '',
    env: { PATH: '/usr/bin' },
    platform: 'linux',
    isFile: (candidate) => files.includes(candidate),
    isDirectory: () => false,
    runJavaVersion: async () => `openjdk version "${javaVersion}"`,
  };
}

const BUNDLED = '/ext/server/cfn-lsp.jar';

describe('planServerLaunch', () => {
  it('runs the bundled jar in serve mode with the discovered java', async () => {
    const plan = await planServerLaunch({ configuredJar: '', bundledJar: BUNDLED }, hostWith(['/usr/bin/java', BUNDLED]));
    assert.deepEqual(plan, { ok: true, command: '/usr/bin/java', args: [...SERVER_JVM_OPTIONS, '-jar', BUNDLED, 'serve'], javaMajorVersion: 17 });
  });

  it('passes the class archive next to the jar only when it exists', async () => {
    const archive = '/ext/server/cfn-lsp.jsa';
    const plan = await planServerLaunch({ configuredJar: '', bundledJar: BUNDLED }, hostWith(['/usr/bin/java', BUNDLED, archive]));
    assert.deepEqual(plan.ok && plan.args, [...SERVER_JVM_OPTIONS, `-XX:SharedArchiveFile=${archive}`, '-jar', BUNDLED, 'serve']);
  });

  it('keeps JVM warnings off the protocol stream and the heap small', () => {
    assert.ok(SERVER_JVM_OPTIONS.includes('-Xlog:all=warning:stderr'));
    assert.ok(SERVER_JVM_OPTIONS.includes('-XX:+UseSerialGC'));
  });

  it('prefers the cfn-lsp.server.jar setting', async () => {
    const plan = await planServerLaunch({ configuredJar: ' /dev/cfn-lsp.jar ', bundledJar: BUNDLED }, hostWith(['/usr/bin/java', BUNDLED, '/dev/cfn-lsp.jar']));
    assert.deepEqual(plan.ok && plan.args, serverArguments('/dev/cfn-lsp.jar'));
  });

  it('reports a configured jar that does not exist', async () => {
    const plan = await planServerLaunch({ configuredJar: '/nowhere.jar', bundledJar: BUNDLED }, hostWith(['/usr/bin/java', BUNDLED]));
    assert.deepEqual(plan, { ok: false, message: '"cfn-lsp.server.jar" is set to "/nowhere.jar", but that file does not exist.' });
  });

  it('reports a missing bundled jar', async () => {
    const plan = await planServerLaunch({ configuredJar: '', bundledJar: BUNDLED }, hostWith(['/usr/bin/java']));
    assert.match(!plan.ok ? plan.message : '', /bundled server is missing/);
  });

  it('passes on the Java discovery error', async () => {
    const plan = await planServerLaunch({ configuredJar: '', bundledJar: BUNDLED }, hostWith(['/usr/bin/java', BUNDLED], '11.0.2'));
    assert.match(!plan.ok ? plan.message : '', /needs Java 17 or newer/);
  });
});
