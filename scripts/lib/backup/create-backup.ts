/**
 * `npm run backup`: the database and the storage folder into a new directory, with a manifest
 * (counts and sha256 hashes) written last, so a directory with a manifest is a complete
 * backup. A failed backup removes what it wrote: half a backup still holds personal data.
 */
import { chmod, mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DbSettings } from '../../../jobs/db-settings.ts';
import { projectKnexConfig } from '../../../jobs/db-settings.ts';
import { dumpDatabase, withKnex } from './database-dump.ts';
import { readDeletionLog } from './deletion-log.ts';
import { sha256OfFile } from './file-tree.ts';
import { BackupError, DELETION_LOG_FILE, MANIFEST_FILE, writeJson, type BackupManifest } from './manifest.ts';
import { backupStorage } from './storage-copy.ts';

async function ensureNewDirectory(dir: string): Promise<void> {
  const entries = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (entries.length > 0) throw new BackupError(`De map ${dir} bestaat al en is niet leeg. Kies een nieuwe map: een back-up overschrijft nooit een andere.`);
  await mkdir(dir, { recursive: true, mode: 0o700 });
}

export async function createBackup(options: { db: DbSettings; storageRoot: string; out: string; now?: Date }): Promise<BackupManifest> {
  const out = path.resolve(options.out);
  await ensureNewDirectory(out);
  try {
    const created_at = (options.now ?? new Date()).toISOString();
    const dump = await dumpDatabase(options.db, out);
    await chmod(dump.file, 0o600);
    const files = await backupStorage(options.storageRoot, out);
    await writeJson(path.join(out, DELETION_LOG_FILE), dump.deletionLog);
    const manifest: BackupManifest = {
      format: 'vroegsignalering-backup/1',
      created_at,
      db_client: options.db.client,
      database: { file: path.basename(dump.file), sha256: await sha256OfFile(dump.file), size: (await stat(dump.file)).size },
      tables: dump.tables,
      files,
      deletion_log_entries: dump.deletionLog.length,
    };
    await writeJson(path.join(out, MANIFEST_FILE), manifest);
    return manifest;
  } catch (error) {
    await rm(out, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Only the deletion log (ids, no personal data): small enough to export often and keep apart
 * from the backups, so a restore from an older backup can still re-apply the latest deletions.
 */
export async function exportDeletionLog(options: { db: DbSettings; file: string }): Promise<number> {
  const entries = await withKnex(projectKnexConfig(options.db, 1), readDeletionLog);
  await mkdir(path.dirname(path.resolve(options.file)), { recursive: true });
  await writeJson(options.file, entries);
  return entries.length;
}
