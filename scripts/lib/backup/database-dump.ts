/**
 * A consistent copy of the project database while the application may keep running.
 *
 * SQLite: `VACUUM INTO` writes a complete, compacted copy from one read transaction, with
 * the same driver the application uses (node-sqlite3; better-sqlite3 is only in
 * node_modules as another package's dependency). In WAL mode Directus and the worker keep
 * writing meanwhile; the copy is the state at the start of the statement.
 *
 * PostgreSQL: pg_dump in the custom format. The row counts of the manifest are read in a
 * repeatable-read transaction whose snapshot pg_dump shares (`--snapshot`), so the counts
 * are exactly what the dump holds, even while the application writes.
 */
import knexFactory, { type Knex } from 'knex';
import path from 'node:path';
import type { DbSettings } from '../../../jobs/db-settings.ts';
import { projectKnexConfig } from '../../../jobs/db-settings.ts';
import type { DeletionLogEntry } from '../../../core/privacy/plan-deletion-reapply.ts';
import { readDeletionLog } from './deletion-log.ts';
import { BackupError, POSTGRES_DUMP_FILE, SQLITE_DUMP_FILE } from './manifest.ts';
import { runPgTool, toolMajorVersion } from './postgres-tools.ts';
import { countRows } from './table-counts.ts';

export interface DatabaseDump {
  file: string;
  tables: Record<string, number>;
  deletionLog: DeletionLogEntry[];
}

export async function withKnex<T>(config: Knex.Config, work: (knex: Knex) => Promise<T>): Promise<T> {
  const knex = knexFactory(config);
  try {
    return await work(knex);
  } finally {
    await knex.destroy();
  }
}

export async function dumpDatabase(db: DbSettings, outDir: string): Promise<DatabaseDump> {
  return db.client === 'sqlite3' ? await dumpSqlite(db, outDir) : await dumpPostgres(db, outDir);
}

async function dumpSqlite(db: Extract<DbSettings, { client: 'sqlite3' }>, outDir: string): Promise<DatabaseDump> {
  const file = path.join(outDir, SQLITE_DUMP_FILE);
  await withKnex(projectKnexConfig(db), async (knex) => {
    await knex.raw('VACUUM INTO ?', [file]);
  });
  // Counted in the copy itself: exactly what the backup holds.
  return await withKnex(projectKnexConfig({ client: 'sqlite3', filename: file }), async (copy) => ({
    file,
    tables: await countRows(copy),
    deletionLog: await readDeletionLog(copy),
  }));
}

async function dumpPostgres(db: Extract<DbSettings, { client: 'pg' }>, outDir: string): Promise<DatabaseDump> {
  const file = path.join(outDir, POSTGRES_DUMP_FILE);
  return await withKnex(projectKnexConfig(db, 1), async (knex) => {
    const [serverVersion] = (await knex.raw<{ rows: Array<{ server_version_num: string }> }>('show server_version_num')).rows;
    const serverMajor = Math.floor(Number(serverVersion?.server_version_num ?? 0) / 10000);
    const toolMajor = await toolMajorVersion('pg_dump', db);
    if (toolMajor < serverMajor) {
      throw new BackupError(`pg_dump ${toolMajor} is ouder dan de databaseserver (PostgreSQL ${serverMajor}) en kan er geen back-up van maken. Installeer postgresql-client-${serverMajor} of wijs de map met de juiste versie aan met PG_BIN_DIR.`);
    }
    return await knex.transaction(
      async (trx) => {
        const [snapshot] = (await trx.raw<{ rows: Array<{ id: string }> }>('select pg_export_snapshot() as id')).rows;
        const tables = await countRows(trx);
        const deletionLog = await readDeletionLog(trx);
        await runPgTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${snapshot!.id}`, `--file=${file}`], db);
        return { file, tables, deletionLog };
      },
      { isolationLevel: 'repeatable read', readOnly: true },
    );
  });
}
