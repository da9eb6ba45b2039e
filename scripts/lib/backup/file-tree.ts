/** Files under a folder, with their sha256: what a backup lists and a restore compares. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { BackupFileEntry } from './manifest.ts';

export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Relative paths (forward slashes) of every regular file under root; none when root is missing. */
export async function listFiles(root: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(root, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

export async function describeFiles(root: string): Promise<BackupFileEntry[]> {
  const result: BackupFileEntry[] = [];
  for (const relative of await listFiles(root)) {
    const file = path.join(root, ...relative.split('/'));
    result.push({ path: relative, size: (await stat(file)).size, sha256: await sha256OfFile(file) });
  }
  return result;
}
