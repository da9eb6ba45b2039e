/**
 * Outside production, secrets that are not configured are generated once and kept in
 * data/.secrets.json (mode 600), so `npm start` works on a fresh machine and a restart
 * keeps logins valid. Production never gets here: the config refuses to start instead.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { KNOWN_DEFAULT_PASSWORDS, KNOWN_DEFAULT_SECRETS } from './app-config.ts';

const GENERATED = ['SECRET', 'ADMIN_PASSWORD', 'WORKER_TOKEN'] as const;

function generate(key: (typeof GENERATED)[number]): string {
  // The admin password must satisfy the project's own password policy (upper, lower, digit, 12+).
  if (key === 'ADMIN_PASSWORD') return `Vs-${randomBytes(9).toString('base64url')}-9a`;
  return randomBytes(32).toString('hex');
}

export function ensureDevSecrets(env: NodeJS.ProcessEnv, file: string): { generated: string[]; file: string } {
  const stored: Record<string, string> = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
  const generated: string[] = [];
  for (const key of GENERATED) {
    // A placeholder copied from .env.example counts as not configured.
    const value = env[key]?.toLowerCase();
    if (value && (KNOWN_DEFAULT_SECRETS.includes(value) || KNOWN_DEFAULT_PASSWORDS.includes(value))) delete env[key];
    if (env[key]) continue;
    if (!stored[key]) {
      stored[key] = generate(key);
      generated.push(key);
    }
    env[key] = stored[key];
  }
  if (generated.length) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(stored, null, 2) + '\n', { mode: 0o600 });
  }
  return { generated, file };
}

/** Fills missing secrets from data/.secrets.json without creating anything (for CLI commands). */
export function useStoredDevSecrets(env: NodeJS.ProcessEnv, file: string): void {
  if (!existsSync(file)) return;
  const stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  for (const key of GENERATED) if (!env[key] && stored[key]) env[key] = stored[key];
}
