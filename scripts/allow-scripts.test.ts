/**
 * Every dependency with an install script is reviewed in package.json's `allowScripts`
 * (npm 11 warns about the rest and runs them; npm 12 will skip them): allowed or refused, by
 * name. Not pinned (`name@1.2.3`): npm trusts a version only from the lock file's `resolved`
 * URL, which this lock file does not record, so a pinned allow is refused as unverifiable
 * (seen with npm 11.19: the three pinned allows were listed as "not yet covered").
 * A dependency update that brings a new install script fails here until someone decides.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fromRoot } from './lib/project-paths.ts';

/** Why each allowed script is needed; everything else with a script is refused. */
const NEEDED = {
  sqlite3: 'builds the SQLite driver Directus uses for the default embedded database',
  'better-sqlite3': 'builds the SQLite driver of the job queue (@sidequest/sqlite-backend)',
  'isolated-vm': 'builds the sandbox that Directus imports at start (extension manager, exec operation)',
} as const;

interface LockEntry { version?: string; hasInstallScript?: boolean }
const packageJson = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
const lock = JSON.parse(readFileSync(fromRoot('package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
const allowScripts = packageJson.allowScripts ?? {};

/** name@version of every installed package with an install script, from the lock file. */
const withScripts = Object.entries(lock.packages)
  .filter(([path, entry]) => path !== '' && entry.hasInstallScript)
  .map(([path, entry]) => ({ name: path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length), version: entry.version ?? '' }));

function parseKey(key: string): { name: string; version: string | null } {
  const at = key.lastIndexOf('@');
  return at > 0 ? { name: key.slice(0, at), version: key.slice(at + 1) } : { name: key, version: null };
}

/** npm's rule: a name-only entry covers every version, a pinned one only its own. */
function decisionFor(name: string, version: string): boolean | undefined {
  for (const [key, allowed] of Object.entries(allowScripts)) {
    const parsed = parseKey(key);
    if (parsed.name === name && (parsed.version === null || parsed.version === version)) return allowed;
  }
  return undefined;
}

describe('allowScripts in package.json', () => {
  test('the lock file has packages with install scripts (the check below is not empty)', () => {
    expect(withScripts.length).toBeGreaterThan(0);
  });

  test('every package with an install script is allowed or refused', () => {
    const undecided = withScripts.filter(({ name, version }) => decisionFor(name, version) === undefined).map(({ name, version }) => `${name}@${version}`);
    expect(undecided, 'add each to allowScripts: pinned "name@version": true when its script is needed (and to NEEDED here), else "name": false').toEqual([]);
  });

  test('exactly the needed scripts are allowed', () => {
    const allowed = Object.entries(allowScripts).filter(([, value]) => value === true).map(([key]) => parseKey(key));
    expect(allowed.map((entry) => entry.name).sort()).toEqual(Object.keys(NEEDED).sort());
  });

  test('every entry is by name: npm cannot verify a pinned version without resolved URLs in the lock file', () => {
    const lockHasResolved = Object.values(lock.packages).some((entry) => 'resolved' in entry);
    for (const key of Object.keys(allowScripts)) {
      if (!lockHasResolved) expect(parseKey(key).version, `${key}: write the name only`).toBeNull();
    }
  });

  test('no entry is stale (each matches an installed package with an install script)', () => {
    const stale = Object.keys(allowScripts).filter((key) => {
      const { name, version } = parseKey(key);
      return !withScripts.some((pkg) => pkg.name === name && (version === null || pkg.version === version));
    });
    expect(stale, 'remove these (npm install-scripts prune)').toEqual([]);
  });

  test('values are booleans only', () => {
    for (const value of Object.values(allowScripts)) expect(typeof value).toBe('boolean');
  });
});
