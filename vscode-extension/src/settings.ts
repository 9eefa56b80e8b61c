/** Maps the `cfn-lsp.*` settings to the options object the server understands. */

export const CONFIGURATION_SECTION = 'cfn-lsp';

export type RuleSeverity = 'off' | 'error' | 'warning' | 'info';
export type Profile = 'default' | 'production';

/** The server's `initializationOptions`; also the payload of `workspace/didChangeConfiguration`. */
export interface ServerOptions {
  readonly regions: string[];
  readonly profile: Profile;
  readonly debounceMs: number;
  readonly rules: Record<string, RuleSeverity>;
}

/** The part of `vscode.WorkspaceConfiguration` this module needs, scoped to the `cfn-lsp` section. */
export interface SettingsReader {
  get(key: string): unknown;
}

export const DEFAULT_SERVER_OPTIONS: ServerOptions = {
  regions: ['us-east-1'],
  profile: 'default',
  debounceMs: 150,
  rules: {},
};

const PROFILES: readonly string[] = ['default', 'production'];
const SEVERITIES: readonly string[] = ['off', 'error', 'warning', 'info'];
const MAX_DEBOUNCE_MS = 10_000;

/**
 * Settings come from hand-edited JSON, so anything of the wrong type falls back to the default
 * rather than reaching the server.
 */
export function toServerOptions(settings: SettingsReader): ServerOptions {
  return {
    regions: readRegions(settings.get('regions')),
    profile: readProfile(settings.get('profile')),
    debounceMs: readDebounceMs(settings.get('debounceMs')),
    rules: readRules(settings.get('rules')),
  };
}

export function toDidChangeConfigurationParams(options: ServerOptions): { settings: { [CONFIGURATION_SECTION]: ServerOptions } } {
  return { settings: { [CONFIGURATION_SECTION]: options } };
}

function readRegions(value: unknown): string[] {
  if (!Array.isArray(value)) {
    return [...DEFAULT_SERVER_OPTIONS.regions];
  }
  const regions = value.filter((region): region is string => typeof region === 'string').map((region) => region.trim()).filter((region) => region.length > 0);
  const unique = [...new Set(regions)];
  return unique.length > 0 ? unique : [...DEFAULT_SERVER_OPTIONS.regions];
}

function readProfile(value: unknown): Profile {
  return typeof value === 'string' && PROFILES.includes(value) ? (value as Profile) : DEFAULT_SERVER_OPTIONS.profile;
}

function readDebounceMs(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return DEFAULT_SERVER_OPTIONS.debounceMs;
  }
  return Math.min(MAX_DEBOUNCE_MS, Math.max(0, Math.round(value)));
}

function readRules(value: unknown): Record<string, RuleSeverity> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {};
  }
  const rules: Record<string, RuleSeverity> = {};
  for (const [ruleId, severity] of Object.entries(value)) {
    const normalized = typeof severity === 'string' ? severity.trim().toLowerCase() : undefined;
    if (ruleId.trim().length > 0 && normalized !== undefined && SEVERITIES.includes(normalized)) {
      rules[ruleId.trim()] = normalized as RuleSeverity;
    }
  }
  return rules;
}
