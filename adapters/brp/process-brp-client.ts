/**
 * One BRP client per process, built from validated settings at start. Its token bucket is
 * then the process-wide limit for BRP_REQUESTS_PER_SECOND, and a wrong setting stops the
 * start with a Dutch message instead of silently meaning "no BRP configured".
 */
import { createBrpClient, type BrpClient, type BrpClientOptions } from './brp-client.ts';
import { parseBrpConfig, type BrpConfig } from './brp-config.ts';

const DUTCH_HINTS: Record<string, string> = {
  BRP_API_URL: 'BRP_API_URL moet een volledige URL zijn, tot en met /haalcentraal/api/brp.',
  BRP_API_HEADERS: 'BRP_API_HEADERS moet een JSON-object met tekstwaarden zijn, bijvoorbeeld {"x-doelbinding":"vroegsignalering"}.',
  BRP_TIMEOUT_MS: 'BRP_TIMEOUT_MS moet een geheel getal tussen 100 en 120000 zijn (milliseconden).',
  BRP_MAX_RETRIES: 'BRP_MAX_RETRIES moet een geheel getal tussen 0 en 10 zijn.',
  BRP_REQUESTS_PER_SECOND: 'BRP_REQUESTS_PER_SECOND moet een getal groter dan 0 en hoogstens 1000 zijn.',
};

/** Invalid BRP settings: `message` is Dutch, for whoever starts the application. */
export class BrpSettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`De BRP-instellingen zijn niet in orde:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'BrpSettingsError';
  }
}

/** null when no register is configured (BRP_API_URL empty); throws BrpSettingsError when a setting is wrong. */
export function readBrpSettings(env: Record<string, string | undefined>): BrpConfig | null {
  if (!env.BRP_API_URL?.trim()) return null;
  const parsed = parseBrpConfig(env);
  if (parsed.ok) return parsed.config;
  const problems = [...new Set(parsed.errors.map((error) => DUTCH_HINTS[error.split(':')[0]!] ?? error))];
  throw new BrpSettingsError(problems);
}

export function createProcessBrpClient(env: Record<string, string | undefined>, extra: Omit<BrpClientOptions, keyof BrpConfig> = {}): BrpClient | null {
  const config = readBrpSettings(env);
  return config ? createBrpClient({ ...config, ...extra }) : null;
}

let shared: { client: BrpClient | null } | null = null;

/** The client of this process (Directus or the worker), built on first use. */
export function processBrpClient(env: Record<string, string | undefined> = process.env): BrpClient | null {
  shared ??= { client: createProcessBrpClient(env) };
  return shared.client;
}
