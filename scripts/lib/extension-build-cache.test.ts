import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cachedExtensionBuild, extensionSourceKey } from './extension-build-cache.ts';

let dir: string;
let builds: number;
const build = async (out: string) => {
  builds++;
  await sleep(200);
  await mkdir(path.join(out, 'hooks'), { recursive: true });
  await writeFile(path.join(out, 'hooks', 'index.js'), `build ${builds}`);
};

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vs-extension-cache-'));
  builds = 0;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('kept extension builds', () => {
  test('three starts at once build once; each gets the whole build; a later start copies it', async () => {
    const root = path.join(dir, 'cache');
    const outcomes = await Promise.all(['a', 'b', 'c'].map((name) => cachedExtensionBuild(path.join(dir, name), build, { root, key: 'k1' })));
    expect(outcomes.sort()).toEqual(['built', 'copied', 'copied']);
    expect(builds).toBe(1);
    for (const name of ['a', 'b', 'c']) expect(await readFile(path.join(dir, name, 'hooks', 'index.js'), 'utf8')).toBe('build 1');
    expect(await cachedExtensionBuild(path.join(dir, 'd'), build, { root, key: 'k1' })).toBe('copied');
    expect(builds).toBe(1);
  });

  test('changed sources are a new key: built again, and the old build is dropped', async () => {
    const root = path.join(dir, 'cache');
    await cachedExtensionBuild(path.join(dir, 'a'), build, { root, key: 'k1' });
    expect(await cachedExtensionBuild(path.join(dir, 'b'), build, { root, key: 'k2' })).toBe('built');
    expect(await readdir(root)).toEqual(['k2']);
  });

  test('a failed build leaves no lock and no half build behind', async () => {
    const root = path.join(dir, 'cache');
    await expect(cachedExtensionBuild(path.join(dir, 'a'), async () => Promise.reject(new Error('boom')), { root, key: 'k1' })).rejects.toThrow('boom');
    expect(await readdir(root)).toEqual([]);
    expect(await cachedExtensionBuild(path.join(dir, 'b'), build, { root, key: 'k1' })).toBe('built');
  });

  test('the key is the content of the sources: the same twice', async () => {
    expect(await extensionSourceKey()).toBe(await extensionSourceKey());
  }, 30_000);
});
