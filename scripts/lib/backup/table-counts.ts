/** Rows per table of the project database: what a backup records and a restore compares. */
import type { Knex } from 'knex';

export async function tableNames(knex: Knex): Promise<string[]> {
  if (knex.client.config.client === 'pg') {
    const result = await knex.raw<{ rows: Array<{ table_name: string }> }>(
      "select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name",
    );
    return result.rows.map((row) => row.table_name);
  }
  const rows = await knex.raw<Array<{ name: string }>>("select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\' order by name");
  return rows.map((row) => row.name);
}

export async function countRows(knex: Knex): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await tableNames(knex)) {
    const [row] = (await knex(table).count({ n: '*' })) as Array<{ n: number | string }>;
    counts[table] = Number(row?.n ?? 0);
  }
  return counts;
}

/** Tables whose count differs, in Dutch, for the restore's report. */
export function countDifferences(expected: Record<string, number>, actual: Record<string, number>): string[] {
  const tables = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  return tables
    .filter((table) => expected[table] !== actual[table])
    .map((table) => `tabel ${table}: verwacht ${expected[table] ?? 'geen tabel'}, gevonden ${actual[table] ?? 'geen tabel'}`);
}
