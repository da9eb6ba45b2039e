/**
 * Puts a database dump into the configured database. Only into an empty one (a new SQLite
 * file, or a PostgreSQL database without tables), unless the operator forces it: a restore
 * replaces everything, so it never happens by a typo in the configuration.
 */
import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DbSettings } from '../../../jobs/db-settings.ts';
import { projectKnexConfig } from '../../../jobs/db-settings.ts';
import { withKnex } from './database-dump.ts';
import { BackupError, POSTGRES_DUMP_FILE, SQLITE_DUMP_FILE, type BackupManifest } from './manifest.ts';
import { runPgTool } from './postgres-tools.ts';
import { tableNames } from './table-counts.ts';

const SQLITE_SIDE_FILES = ['-wal', '-shm', '-journal'];

/** The number of tables the target database already has (0: empty). */
export async function existingTableCount(db: DbSettings): Promise<number> {
  if (db.client === 'sqlite3') {
    const size = await stat(db.filename).then((s) => s.size, () => 0);
    if (size === 0) return 0;
  }
  return await withKnex(projectKnexConfig(db, 1), async (knex) => (await tableNames(knex)).length);
}

export async function restoreDatabase(db: DbSettings, backupDir: string, manifest: BackupManifest, options: { replace: boolean }): Promise<void> {
  if (manifest.db_client !== db.client) {
    const names = { sqlite3: 'SQLite', pg: 'PostgreSQL' };
    throw new BackupError(`Deze back-up is van een ${names[manifest.db_client]}-database; de instellingen wijzen naar ${names[db.client]}. Zet de back-up terug op hetzelfde soort database.`);
  }
  if (db.client === 'sqlite3') await restoreSqlite(db.filename, path.join(backupDir, SQLITE_DUMP_FILE), options.replace);
  else await restorePostgres(db, path.join(backupDir, POSTGRES_DUMP_FILE), options.replace);
}

async function restoreSqlite(target: string, dump: string, replace: boolean): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  if (replace) await rm(target, { force: true });
  // A journal left beside an empty or replaced file would be replayed into the restored one.
  for (const suffix of SQLITE_SIDE_FILES) await rm(`${target}${suffix}`, { force: true });
  // Copied next to the target and then renamed: the target is never half written.
  const partial = `${target}.restoring`;
  await copyFile(dump, partial);
  await rename(partial, target);
}

async function restorePostgres(db: Extract<DbSettings, { client: 'pg' }>, dump: string, replace: boolean): Promise<void> {
  if (replace) {
    await withKnex(projectKnexConfig(db, 1), async (knex) => {
      const [schema] = (await knex.raw<{ rows: Array<{ name: string }> }>('select current_schema() as name')).rows;
      const name = schema!.name;
      await knex.raw('drop schema ?? cascade', [name]);
      await knex.raw('create schema ??', [name]);
    });
  }
  await runPgTool('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${libpqDatabase(db)}`, dump], db);
}

function libpqDatabase(db: Extract<DbSettings, { client: 'pg' }>): string {
  if (db.connectionString) return decodeURIComponent(new URL(db.connectionString).pathname.replace(/^\//, ''));
  if (!db.database) throw new BackupError('DB_DATABASE is niet ingesteld: geef de database op waarin de back-up wordt teruggezet.');
  return db.database;
}
