/**
 * The project database for a command that works on it directly (`npm run ddas`, `report`,
 * `privacy`): opened, reachable, and set up with the tables the command reads. When it is
 * not, the connection is closed again and the caller gets the Dutch message for the person
 * and an English log line without connection details.
 */
import knexFactory, { type Knex } from 'knex';
import { projectKnexConfig, type DbSettings } from '../../jobs/db-settings.ts';

export type OpenedDatabase = { ok: true; knex: Knex } | { ok: false; message: string; logLine: string };

/** `nothingMade` completes "er is …", e.g. "geen levering gemaakt". */
export async function openProjectDatabase(db: DbSettings, tables: readonly string[], nothingMade: string): Promise<OpenedDatabase> {
  const knex = knexFactory(projectKnexConfig(db));
  try {
    await knex.raw('SELECT 1');
    for (const table of tables) {
      if (!(await knex.schema.hasTable(table))) {
        await knex.destroy();
        return { ok: false, message: 'De database is nog niet ingericht. Start de applicatie eerst met npm start.', logLine: `database has no table ${table}` };
      }
    }
    return { ok: true, knex };
  } catch (error) {
    await knex.destroy();
    return {
      ok: false,
      message: `Kan de database niet bereiken (${db.client === 'pg' ? 'PostgreSQL' : 'SQLite'}); er is ${nothingMade}. Controleer de DB_-instellingen.`,
      logLine: `database check failed: ${(error as Error).name}`,
    };
  }
}
