/**
 * The files of the storage folder (STORAGE_LOCAL_ROOT: uploads, letters, exports, reports)
 * into the backup and back. The database says which files exist; the folder holds them.
 */
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { describeFiles, listFiles } from './file-tree.ts';
import { FILES_DIR, type BackupFileEntry, type BackupManifest } from './manifest.ts';

const inFolder = (root: string, relative: string) => path.join(root, ...relative.split('/'));

async function copyTree(from: string, to: string, files: readonly string[]): Promise<void> {
  for (const relative of files) {
    const target = inFolder(to, relative);
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    await copyFile(inFolder(from, relative), target);
  }
}

/** Copies the folder into the backup and describes what the backup holds (hashes of the copies). */
export async function backupStorage(storageRoot: string, backupDir: string): Promise<BackupFileEntry[]> {
  const target = path.join(backupDir, FILES_DIR);
  await mkdir(target, { recursive: true, mode: 0o700 });
  await copyTree(storageRoot, target, await listFiles(storageRoot));
  return await describeFiles(target);
}

export async function storageFileCount(storageRoot: string): Promise<number> {
  return (await listFiles(storageRoot)).length;
}

/** Restores the files and returns what differs from the manifest (Dutch, empty when all is well). */
export async function restoreStorage(backupDir: string, storageRoot: string, manifest: BackupManifest, options: { replace: boolean }): Promise<string[]> {
  await mkdir(storageRoot, { recursive: true });
  if (options.replace) {
    for (const entry of await readdir(storageRoot)) await rm(path.join(storageRoot, entry), { recursive: true, force: true });
  }
  await copyTree(path.join(backupDir, FILES_DIR), storageRoot, manifest.files.map((file) => file.path));
  const restored = new Map((await describeFiles(storageRoot)).map((file) => [file.path, file.sha256]));
  const problems: string[] = [];
  for (const file of manifest.files) {
    const hash = restored.get(file.path);
    if (hash === undefined) problems.push(`bestand ${file.path} ontbreekt`);
    else if (hash !== file.sha256) problems.push(`bestand ${file.path} wijkt af van de back-up (sha256)`);
  }
  return problems;
}
