/**
 * Builds of the extensions, kept by the content of everything they are made from: a start or
 * a test instance whose sources did not change copies the last build instead of building
 * again (seven Vue builds with Directus's SDK cost about 50 s of CPU; a full test run boots
 * eight instances, three of them at once). The key is a sha256 over the source folders the
 * bundles import from and the lockfile; a changed file is a new key, so a build is never stale.
 * Builds that start together wait for the first (a lock folder), and a finished build appears
 * under its key in one rename, so no one copies half a build.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fromRoot } from './project-paths.ts';

/** What the bundles are made of: their own sources, what they import, and the dependencies. */
const SOURCES = ['extensions/src', 'core', 'directus', 'jobs', 'adapters', 'reference', 'templates', 'scripts/lib/build-extensions.ts', 'package-lock.json'];
const CACHE_ROOT = fromRoot('node_modules', '.cache', 'vroegsignalering-extensions');
const LOCK_WAIT_MS = 5 * 60_000;

async function filesUnder(entry: string): Promise<string[]> {
  const info = await stat(entry).catch(() => null);
  if (!info) return [];
  if (info.isFile()) return [entry];
  const names = (await readdir(entry)).sort();
  return (await Promise.all(names.filter((name) => name !== 'node_modules' && !name.endsWith('.test.ts')).map((name) => filesUnder(path.join(entry, name))))).flat();
}

export async function extensionSourceKey(): Promise<string> {
  const hash = createHash('sha256');
  for (const source of SOURCES) {
    for (const file of await filesUnder(fromRoot(source))) {
      hash.update(path.relative(fromRoot(), file));
      hash.update(await readFile(file));
    }
  }
  return hash.digest('hex').slice(0, 24);
}

/** Puts the extensions for the current sources into `outDir`, building them only when no build of them is kept. */
export async function cachedExtensionBuild(outDir: string, build: (dir: string) => Promise<void>, options: { root?: string; key?: string } = {}): Promise<'built' | 'copied'> {
  const root = options.root ?? CACHE_ROOT;
  const key = options.key ?? (await extensionSourceKey());
  const kept = path.join(root, key);
  const lock = `${kept}.lock`;
  await mkdir(root, { recursive: true });
  const copy = async () => {
    await rm(outDir, { recursive: true, force: true });
    await cp(kept, outDir, { recursive: true });
  };
  if (await stat(kept).catch(() => null)) {
    await copy();
    return 'copied';
  }
  const owner = await mkdir(lock).then(() => true, () => false);
  if (!owner) {
    // Another start is building these sources: wait for its build rather than making a second.
    const until = Date.now() + LOCK_WAIT_MS;
    while (Date.now() < until && !(await stat(kept).catch(() => null)) && (await stat(lock).catch(() => null))) await sleep(500);
    if (await stat(kept).catch(() => null)) {
      await copy();
      return 'copied';
    }
    await build(outDir);
    return 'built';
  }
  try {
    const staging = `${kept}.${process.pid}.tmp`;
    await rm(staging, { recursive: true, force: true });
    try {
      await build(staging);
      await rename(staging, kept);
    } catch (error) {
      await rm(staging, { recursive: true, force: true });
      throw error;
    }
    // Older builds are of sources that no longer exist here.
    for (const name of await readdir(root)) if (name !== key && !name.endsWith('.lock') && !name.endsWith('.tmp')) await rm(path.join(root, name), { recursive: true, force: true });
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
  await copy();
  return 'built';
}
