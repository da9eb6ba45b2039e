/**
 * How the command-line tools (`seed:demo`, `import`, `enrich`, `cycle`) find the Directus that
 * `npm start` runs, without the user repeating its PORT/PUBLIC_URL: `npm start` writes where
 * it answers into data/.instance.json and removes the file when it stops. Only the address and
 * the process id are written: no secret, no personal data.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fromRoot } from './project-paths.ts';

export const instanceFile = fromRoot('data', '.instance.json');

export interface InstanceRecord {
  /** Where this machine reaches Directus (127.0.0.1 and the port it listens on). */
  url: string;
  /** The address users open (PUBLIC_URL). */
  publicUrl: string;
  /** The `npm start` process, to tell a running instance from a file left by a crash. */
  pid: number;
}

export type UrlResolution = { ok: true; url: string; source: 'DIRECTUS_URL' | 'PUBLIC_URL' | 'PORT' | 'instance' } | { ok: false; message: string };

/**
 * Which Directus a command talks to, first match wins: DIRECTUS_URL; PUBLIC_URL; PORT (as
 * `npm start` serves it on this machine); the instance that `npm start` recorded, if its
 * process still runs. An explicit setting always wins over the recorded instance.
 */
export function resolveDirectusUrl(env: Record<string, string | undefined>, recorded: InstanceRecord | null, isRunning: (pid: number) => boolean): UrlResolution {
  const directusUrl = env.DIRECTUS_URL?.trim();
  if (directusUrl) return { ok: true, url: trimSlash(directusUrl), source: 'DIRECTUS_URL' };
  const publicUrl = env.PUBLIC_URL?.trim();
  if (publicUrl) return { ok: true, url: trimSlash(publicUrl), source: 'PUBLIC_URL' };
  const port = env.PORT?.trim();
  if (port) return { ok: true, url: `http://127.0.0.1:${port}`, source: 'PORT' };
  if (recorded && isRunning(recorded.pid)) return { ok: true, url: trimSlash(recorded.url), source: 'instance' };
  return {
    ok: false,
    message: recorded
      ? 'Vroegsignalering draait niet meer (het proces uit data/.instance.json is gestopt). Start de applicatie met npm start en probeer het opnieuw, of geef het adres op met DIRECTUS_URL.'
      : 'Er draait geen Vroegsignalering vanuit deze map. Start de applicatie eerst met npm start (in een ander venster) en probeer het opnieuw, of geef het adres op met DIRECTUS_URL.',
  };
}

/** Reads the record `npm start` left; a missing or unreadable file counts as none. */
export function readInstanceRecord(file = instanceFile): InstanceRecord | null {
  if (!existsSync(file)) return null;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<InstanceRecord>;
    if (typeof parsed.url !== 'string' || typeof parsed.pid !== 'number') return null;
    return { url: parsed.url, publicUrl: typeof parsed.publicUrl === 'string' ? parsed.publicUrl : parsed.url, pid: parsed.pid };
  } catch {
    return null;
  }
}

export function writeInstanceRecord(record: InstanceRecord, file = instanceFile): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(record, null, 2) + '\n', { mode: 0o600 });
}

/** Removes the record, but only this process's own (a second `npm start` may have taken over). */
export function removeInstanceRecord(pid: number, file = instanceFile): void {
  if (readInstanceRecord(file)?.pid === pid) rmSync(file, { force: true });
}

export function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** For the commands: the URL to use, or exit with the Dutch reason. */
export function directusUrlOrExit(env: Record<string, string | undefined>, exitCode: number): string {
  const resolution = resolveDirectusUrl(env, readInstanceRecord(), processIsRunning);
  if (resolution.ok) return resolution.url;
  console.error(resolution.message);
  process.exit(exitCode);
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
