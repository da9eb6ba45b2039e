/**
 * What a backup directory holds and how a restore checks it: the database dump, the files of
 * the storage folder, and the deletion log (ids only). The manifest has counts and hashes,
 * never personal data; the dump and the files do hold personal data (see README: encrypt
 * backups before they leave the host).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

export const MANIFEST_FILE = 'manifest.json';
export const DELETION_LOG_FILE = 'deletion-log.json';
export const FILES_DIR = 'files';
export const SQLITE_DUMP_FILE = 'database.sqlite';
export const POSTGRES_DUMP_FILE = 'database.pgdump';

const fileEntry = z.object({ path: z.string().min(1), size: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });
export type BackupFileEntry = z.infer<typeof fileEntry>;

export const manifestSchema = z.object({
  format: z.literal('vroegsignalering-backup/1'),
  created_at: z.string(),
  db_client: z.enum(['sqlite3', 'pg']),
  database: z.object({ file: z.string(), sha256: z.string(), size: z.number().int().nonnegative() }),
  /** Rows per table, counted in the same snapshot as the dump. */
  tables: z.record(z.string(), z.number().int().nonnegative()),
  /** The storage folder's files, paths relative to it with forward slashes. */
  files: z.array(fileEntry),
  deletion_log_entries: z.number().int().nonnegative(),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

export const deletionLogSchema = z.array(z.object({ collection: z.string(), item: z.string(), deleted_at: z.string(), reason: z.string().nullable() }));

export async function writeJson(file: string, value: unknown): Promise<void> {
  await writeFile(file, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
}

export class BackupError extends Error {}

export async function readManifest(dir: string): Promise<BackupManifest> {
  let text: string;
  try {
    text = await readFile(path.join(dir, MANIFEST_FILE), 'utf8');
  } catch {
    throw new BackupError(`Geen back-up gevonden in ${dir}: ${MANIFEST_FILE} ontbreekt.`);
  }
  const parsed = manifestSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new BackupError(`${MANIFEST_FILE} in ${dir} is geen geldig back-upoverzicht.`);
  return parsed.data;
}
