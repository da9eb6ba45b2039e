/**
 * Issue 12 item 6 (art. 13.2, 13.4): `npm run backup` and `npm run restore` as an operator runs
 * them, against the running test instance. The backup is restored into an empty database and
 * storage folder and compared (rows per table, sha256 per file); a household and a file deleted
 * after the backup (with their deletion-log rows) do not come back from the older backup.
 * Backups hold personal data: everything is written under a temp dir that is removed at the end.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { describe, expect, inject, it } from 'vitest';
import { projectKnexConfig, type DbSettings } from '../../jobs/db-settings.ts';
import { describeFiles } from '../../scripts/lib/backup/file-tree.ts';
import { manifestSchema, type BackupManifest } from '../../scripts/lib/backup/manifest.ts';
import { countRows } from '../../scripts/lib/backup/table-counts.ts';
import { fromRoot } from '../../scripts/lib/project-paths.ts';
import { loginAs } from '../support/api.ts';
import { uploadFile } from '../support/uploads.ts';
import { dbEnv } from '../support/workers.ts';
import { createDatabase, dropDatabase } from '../setup/postgres.ts';

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

function runScript(script: 'backup' | 'restore', args: string[], db: DbSettings, storageRoot: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [fromRoot('node_modules/tsx/dist/cli.mjs'), fromRoot(`scripts/${script}.ts`), ...args],
      { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NODE_ENV: 'test', ...dbEnv(db), STORAGE_LOCAL_ROOT: storageRoot }, encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) => resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

async function withDb<T>(db: DbSettings, work: (knex: Knex) => Promise<T>): Promise<T> {
  const knex = knexFactory(projectKnexConfig(db, 1));
  try {
    return await work(knex);
  } finally {
    await knex.destroy();
  }
}

/** Tables the running instance may write to on its own between two reads (sessions, jobs, logs). */
const BUSY_TABLES = /^(directus_(activity|revisions|sessions|notifications)|sidequest_.*|job_runs|access_log)$/;

describe('backup and restore', () => {
  it('restores into an empty instance with the same rows and files, and erased items stay erased', { timeout: 90_000 }, async () => {
    const directus = inject('directus');
    const admin = await loginAs('admin');
    const tag = randomBytes(4).toString('hex');
    const work = await mkdtemp(path.join(os.tmpdir(), 'vs-backup-test-'));
    const target: DbSettings = directus.dbClient === 'pg'
      ? { ...(directus.db as Extract<DbSettings, { client: 'pg' }>), database: `vs_restore_${tag}` }
      : { client: 'sqlite3', filename: path.join(work, 'restored', 'database.sqlite') };
    const targetStorage = path.join(work, 'restored', 'uploads');
    if (target.client === 'pg') await createDatabase(target.database!);
    try {
      // Two households and a file of this test, before the backup; one household and the file are erased after it.
      const household = async (n: number) => {
        const { status, body } = await admin.post<{ id: string }>('/items/households', { address: `Back-upstraat ${n}, 6001 ZZ Weert`, address_key: `6001ZZ-${tag}-${n}` });
        expect(status).toBe(200);
        return body.data!.id;
      };
      const kept = await household(1);
      const erased = await household(2);
      await admin.patch(`/items/households/${erased}`, { household_size: 3 });
      const erasedFile = await uploadFile(admin, `backup-${tag}.txt`, `inhoud ${tag}`);

      const backupDir = path.join(work, 'backup-1');
      const backup = await runScript('backup', ['--out', backupDir], directus.db, directus.storageRoot);
      expect(backup.stderr).toBe('');
      expect(backup.status).toBe(0);
      expect(backup.stdout).toContain('Back-up gemaakt');
      const manifest: BackupManifest = manifestSchema.parse(JSON.parse(await readFile(path.join(backupDir, 'manifest.json'), 'utf8')));
      expect(manifest.db_client).toBe(directus.dbClient);

      // The manifest matches the instance: rows per table (those it does not write to on its own) and every file.
      const sourceCounts = await withDb(directus.db, countRows);
      for (const [table, count] of Object.entries(sourceCounts)) if (!BUSY_TABLES.test(table)) expect({ table, count: manifest.tables[table] }).toEqual({ table, count });
      const sourceFiles = await describeFiles(directus.storageRoot);
      const fileRow = (await admin.get<{ filename_disk: string }>(`/files/${erasedFile}?fields=filename_disk`)).body.data!;
      expect(manifest.files.map((file) => file.path)).toContain(fileRow.filename_disk);
      for (const file of manifest.files) expect(sourceFiles).toContainEqual(file);

      // After the backup: the household and the file are erased, and the deletion log says so.
      expect((await admin.delete(`/items/households/${erased}`)).status).toBe(204);
      expect((await admin.delete(`/files/${erasedFile}`)).status).toBe(204);
      await withDb(directus.db, async (knex) => {
        const now = new Date();
        const at = directus.dbClient === 'pg' ? now : now.toISOString();
        await knex('deletion_log').insert([
          { collection: 'households', item: erased, deleted_at: at, reason: 'erasure' },
          { collection: 'directus_files', item: erasedFile, deleted_at: at, reason: 'erasure' },
        ]);
      });
      const logFile = path.join(work, 'deletion-log.json');
      const exported = await runScript('backup', ['--deletion-log', logFile], directus.db, directus.storageRoot);
      expect(exported.status).toBe(0);

      // The older backup into an empty instance, with the newer deletion log.
      const restore = await runScript('restore', ['--from', backupDir, '--deletions', logFile], target, targetStorage);
      expect(restore.stderr).toBe('');
      expect(restore.status).toBe(0);
      expect(restore.stdout).toContain('gecontroleerd tegen het overzicht');
      expect(restore.stdout).toMatch(/Opnieuw verwijderd.*households: 1.*directus_files: 1|Opnieuw verwijderd.*directus_files: 1.*households: 1/);

      // Rows per table as in the backup, except what was erased again (and the log that grew).
      const restoredCounts = await withDb(target, countRows);
      const changed: Record<string, number> = { households: -1, directus_files: -1, deletion_log: 2 };
      for (const [table, count] of Object.entries(manifest.tables)) {
        if (/^directus_(activity|revisions)$/.test(table)) continue;
        expect({ table, count: restoredCounts[table] }).toEqual({ table, count: count + (changed[table] ?? 0) });
      }
      // Files byte for byte as in the backup, except the erased one (the original and any thumbnails).
      const restoredFiles = await describeFiles(targetStorage);
      const erasedBase = path.basename(fileRow.filename_disk, path.extname(fileRow.filename_disk));
      expect(restoredFiles).toEqual(manifest.files.filter((file) => !file.path.startsWith(erasedBase)));
      expect(existsSync(path.join(targetStorage, fileRow.filename_disk))).toBe(false);

      await withDb(target, async (knex) => {
        expect(await knex('households').where({ id: kept }).first('id')).toBeDefined();
        expect(await knex('households').where({ id: erased }).first('id')).toBeUndefined();
        expect(await knex('directus_files').where({ id: erasedFile }).first('id')).toBeUndefined();
        for (const item of [erased, erasedFile]) {
          expect(Number(((await knex('directus_revisions').where({ item }).count({ n: '*' })) as Array<{ n: number }>)[0]!.n)).toBe(0);
          expect(Number(((await knex('directus_activity').where({ item }).count({ n: '*' })) as Array<{ n: number }>)[0]!.n)).toBe(0);
        }
        const log = await knex('deletion_log').whereIn('item', [erased, erasedFile]).select('collection');
        expect(log.map((row: { collection: string }) => row.collection).sort()).toEqual(['directus_files', 'households']);
      });

      // A second restore into the same (now filled) instance is refused, in Dutch.
      const again = await runScript('restore', ['--from', backupDir], target, targetStorage);
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('De database is niet leeg');
    } finally {
      if (target.client === 'pg') await dropDatabase(target.database!);
      await rm(work, { recursive: true, force: true });
    }
  });
});
