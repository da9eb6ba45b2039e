/**
 * `npm run restore`: a backup into an empty instance (database and storage folder), checked
 * against its manifest (rows per table, sha256 per file), after which every deletion the
 * deletion logs know of is applied again (reapply-deletions.ts), so nobody erased comes back.
 * Everything is checked before anything is written: the dump's hash, the target being empty,
 * the newer deletion logs being readable.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DbSettings } from '../../../jobs/db-settings.ts';
import { projectKnexConfig } from '../../../jobs/db-settings.ts';
import type { DeletionLogEntry } from '../../../core/privacy/plan-deletion-reapply.ts';
import { withKnex } from './database-dump.ts';
import { existingTableCount, restoreDatabase } from './database-restore.ts';
import { sha256OfFile } from './file-tree.ts';
import { BackupError, DELETION_LOG_FILE, deletionLogSchema, readManifest, type BackupManifest } from './manifest.ts';
import { reapplyDeletions, type ReapplyResult } from './reapply-deletions.ts';
import { restoreStorage, storageFileCount } from './storage-copy.ts';
import { countDifferences, countRows } from './table-counts.ts';

export interface RestoreResult {
  manifest: BackupManifest;
  reapplied: ReapplyResult;
}

/** A deletion log: a backup directory (its deletion-log.json) or an exported log file. */
export async function readDeletionLogSource(source: string): Promise<DeletionLogEntry[]> {
  const isDirectory = await stat(source).then((s) => s.isDirectory(), () => null);
  if (isDirectory === null) throw new BackupError(`Verwijderlog ${source} bestaat niet.`);
  const file = isDirectory ? path.join(source, DELETION_LOG_FILE) : source;
  const parsed = deletionLogSchema.safeParse(JSON.parse(await readFile(file, 'utf8').catch(() => 'null')));
  if (!parsed.success) throw new BackupError(`${file} is geen geldig verwijderlog.`);
  return parsed.data;
}

export async function restoreBackup(options: { db: DbSettings; storageRoot: string; from: string; force: boolean; deletionLogs: string[] }): Promise<RestoreResult> {
  const from = path.resolve(options.from);
  const manifest = await readManifest(from);
  const dumpFile = path.join(from, manifest.database.file);
  if ((await sha256OfFile(dumpFile).catch(() => null)) !== manifest.database.sha256) {
    throw new BackupError(`De databasekopie in ${from} ontbreekt of is beschadigd (sha256 klopt niet met het overzicht). Er is niets teruggezet.`);
  }
  if (!options.force) {
    const tables = await existingTableCount(options.db);
    if (tables > 0) throw new BackupError(`De database is niet leeg (${tables} tabellen). Terugzetten vervangt alles: zet terug in een lege database, of gebruik --force als de huidige gegevens overschreven mogen worden.`);
    const files = await storageFileCount(options.storageRoot);
    if (files > 0) throw new BackupError(`De opslagmap ${options.storageRoot} is niet leeg (${files} bestanden). Zet terug in een lege map, of gebruik --force als de huidige bestanden overschreven mogen worden.`);
  }
  const newerLogs: DeletionLogEntry[][] = [];
  for (const source of options.deletionLogs) newerLogs.push(await readDeletionLogSource(path.resolve(source)));

  await restoreDatabase(options.db, from, manifest, { replace: options.force });
  const differences = countDifferences(manifest.tables, await withKnex(projectKnexConfig(options.db, 1), countRows));
  if (differences.length > 0) throw new BackupError(`De teruggezette database wijkt af van de back-up:\n  - ${differences.join('\n  - ')}`);
  const fileProblems = await restoreStorage(from, options.storageRoot, manifest, { replace: options.force });
  if (fileProblems.length > 0) throw new BackupError(`De teruggezette bestanden wijken af van de back-up:\n  - ${fileProblems.join('\n  - ')}`);

  const reapplied = await withKnex(projectKnexConfig(options.db, 1), (knex) => reapplyDeletions(knex, newerLogs, options.storageRoot));
  return { manifest, reapplied };
}
