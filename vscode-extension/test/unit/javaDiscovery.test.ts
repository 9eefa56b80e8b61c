import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { discoverJava, JavaDiscoveryHost, nodeJavaDiscoveryHost, parseJavaMajorVersion } from '../../src/javaDiscovery';

const versionOutput = (version: string): string => `openjdk version "${version}" 2024-01-16\nOpenJDK Runtime Environment\n`;

interface FakeMachine {
  configuredJava?: string;
  env?: Record<string, string>;
  platform?: NodeJS.Platform;
  directories?: string[];
  /** Java executables and the version each reports; `null` for one that fails to run. */
  javas?: Record<string, string | null>;
}

function fakeHost(machine: FakeMachine): JavaDiscoveryHost & { probed: string[] } {
  const javas = machine.javas ?? {};
  const probed: string[] = [];
  return {
    probed,
    configuredJava: machine.configuredJava ?? '',
    env: machine.env ?? {},
    platform: machine.platform ?? 'linux',
    isFile: (candidate) => candidate in javas,
    isDirectory: (candidate) => (machine.directories ?? []).includes(candidate),
    runJavaVersion: async (javaPath) => {
      probed.push(javaPath);
      const version = javas[javaPath];
      if (version === null || version === undefined) {
        throw new Error('spawn EACCES');
      }
      return versionOutput(version);
    },
  };
}

describe('parseJavaMajorVersion', () => {
  it('reads modern and legacy version strings', () => {
    assert.equal(parseJavaMajorVersion(versionOutput('17.0.15')), 17);
    assert.equal(parseJavaMajorVersion('java version "1.8.0_392"\nJava(TM) SE Runtime Environment'), 8);
    assert.equal(parseJavaMajorVersion('openjdk version "21" 2023-09-19'), 21);
    assert.equal(parseJavaMajorVersion('openjdk version "25-ea" 2025-09-16'), 25);
  });

  it('skips the JAVA_TOOL_OPTIONS banner', () => {
    assert.equal(parseJavaMajorVersion(`Picked up JAVA_TOOL_OPTIONS: -Xmx1g\n${versionOutput('11.0.22')}`), 11);
  });

  it('returns undefined for unrecognised output', () => {
    assert.equal(parseJavaMajorVersion('command not found'), undefined);
  });
});

describe('discoverJava', () => {
  it('prefers the setting, given as a Java home directory', async () => {
    const host = fakeHost({
      configuredJava: '/opt/jdk-21',
      directories: ['/opt/jdk-21'],
      env: { JAVA_HOME: '/usr/lib/jvm/17', PATH: '/usr/bin' },
      javas: { '/opt/jdk-21/bin/java': '21.0.2', '/usr/lib/jvm/17/bin/java': '17.0.9', '/usr/bin/java': '17.0.9' },
    });
    assert.deepEqual(await discoverJava(host), { found: true, javaPath: '/opt/jdk-21/bin/java', majorVersion: 21, source: 'setting' });
    assert.deepEqual(host.probed, ['/opt/jdk-21/bin/java']);
  });

  it('accepts the setting as the path of a java executable', async () => {
    const host = fakeHost({ configuredJava: '/opt/jdk-17/bin/java', javas: { '/opt/jdk-17/bin/java': '17.0.1' } });
    assert.deepEqual(await discoverJava(host), { found: true, javaPath: '/opt/jdk-17/bin/java', majorVersion: 17, source: 'setting' });
  });

  it('reports a setting that points nowhere instead of silently using another Java', async () => {
    const host = fakeHost({ configuredJava: '/opt/missing', env: { PATH: '/usr/bin' }, javas: { '/usr/bin/java': '21' } });
    const result = await discoverJava(host);
    assert.equal(result.found, false);
    assert.match(!result.found ? result.message : '', /"cfn-lsp\.java\.home" is set to "\/opt\/missing"/);
    assert.deepEqual(host.probed, []);
  });

  it('reports a setting that points to a Java older than 17', async () => {
    const host = fakeHost({ configuredJava: '/opt/jdk-11', directories: ['/opt/jdk-11'], javas: { '/opt/jdk-11/bin/java': '11.0.22' } });
    const result = await discoverJava(host);
    assert.equal(result.found, false);
    assert.match(!result.found ? result.message : '', /Java 11 at "\/opt\/jdk-11\/bin\/java".*needs Java 17 or newer/);
  });

  it('uses JAVA_HOME before PATH', async () => {
    const host = fakeHost({
      env: { JAVA_HOME: '/usr/lib/jvm/temurin-17', PATH: '/usr/local/bin:/usr/bin' },
      javas: { '/usr/lib/jvm/temurin-17/bin/java': '17.0.10', '/usr/bin/java': '21.0.1' },
    });
    assert.deepEqual(await discoverJava(host), { found: true, javaPath: '/usr/lib/jvm/temurin-17/bin/java', majorVersion: 17, source: 'JAVA_HOME' });
  });

  it('falls through an old JAVA_HOME to a recent Java on PATH', async () => {
    const host = fakeHost({
      env: { JAVA_HOME: '/usr/lib/jvm/java-8', PATH: '/usr/local/bin:/usr/bin' },
      javas: { '/usr/lib/jvm/java-8/bin/java': '1.8.0_392', '/usr/bin/java': '17.0.15' },
    });
    assert.deepEqual(await discoverJava(host), { found: true, javaPath: '/usr/bin/java', majorVersion: 17, source: 'PATH' });
  });

  it('takes the first java on PATH, like a shell would', async () => {
    const host = fakeHost({ env: { PATH: '/home/me/bin::/usr/bin' }, javas: { '/home/me/bin/java': '22', '/usr/bin/java': '17' } });
    assert.deepEqual(await discoverJava(host), { found: true, javaPath: '/home/me/bin/java', majorVersion: 22, source: 'PATH' });
  });

  it('uses Windows paths and java.exe on Windows', async () => {
    const host = fakeHost({
      platform: 'win32',
      env: { JAVA_HOME: 'C:\\Program Files\\Java\\jdk-17', PATH: 'C:\\Windows;C:\\tools' },
      javas: { 'C:\\Program Files\\Java\\jdk-17\\bin\\java.exe': '17.0.2' },
    });
    assert.deepEqual(await discoverJava(host), {
      found: true,
      javaPath: 'C:\\Program Files\\Java\\jdk-17\\bin\\java.exe',
      majorVersion: 17,
      source: 'JAVA_HOME',
    });
  });

  it('says what to install when no Java exists', async () => {
    const result = await discoverJava(fakeHost({ env: { PATH: '/usr/bin' } }));
    assert.equal(result.found, false);
    const message = !result.found ? result.message : '';
    assert.match(message, /needs Java 17 or newer/);
    assert.match(message, /found no Java on JAVA_HOME or PATH/);
    assert.match(message, /Install a Java 17 or newer runtime/);
    assert.match(message, /cfn-lsp\.java\.home/);
  });

  it('lists every Java it found too old or broken', async () => {
    const host = fakeHost({
      env: { JAVA_HOME: '/jvm/11', PATH: '/usr/bin' },
      javas: { '/jvm/11/bin/java': '11.0.1', '/usr/bin/java': null },
    });
    const result = await discoverJava(host);
    const message = !result.found ? result.message : '';
    assert.match(message, /only found Java 11 at "\/jvm\/11\/bin\/java" \(from JAVA_HOME\), a Java at "\/usr\/bin\/java" that failed to run \(spawn EACCES\) \(from PATH\)/);
  });
});

describe('nodeJavaDiscoveryHost', () => {
  it('finds the Java this machine has on PATH and reads its version', async (t) => {
    const result = await discoverJava(nodeJavaDiscoveryHost(''));
    if (!result.found) {
      t.skip(`no Java 17+ here: ${result.message}`);
      return;
    }
    assert.ok(result.majorVersion >= 17);
  });
});
