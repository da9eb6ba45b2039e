import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import knexFactory from 'knex';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openProjectDatabase } from './open-project-database.ts';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'vs-open-db-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('opening the project database for a command', () => {
  test('unreachable: a Dutch message that names the database kind and what was not made; the log line has no path', async () => {
    const opened = await openProjectDatabase({ client: 'sqlite3', filename: path.join(folder, 'no-such-folder', 'db.sqlite') }, ['signals'], 'geen levering gemaakt');
    expect(opened).toEqual({ ok: false, message: 'Kan de database niet bereiken (SQLite); er is geen levering gemaakt. Controleer de DB_-instellingen.', logLine: expect.stringMatching(/^database check failed: \w+$/) });
  });

  test('reachable but without the tables the command reads: start the application first', async () => {
    const filename = path.join(folder, 'half.sqlite');
    const setup = knexFactory({ client: 'sqlite3', connection: { filename }, useNullAsDefault: true });
    await setup.schema.createTable('signals', (table) => table.increments('id'));
    await setup.destroy();
    const opened = await openProjectDatabase({ client: 'sqlite3', filename }, ['signals', 'report_figures'], 'geen rapport gemaakt');
    expect(opened).toEqual({ ok: false, message: 'De database is nog niet ingericht. Start de applicatie eerst met npm start.', logLine: 'database has no table report_figures' });
  });

  test('set up: an open connection the command can query', async () => {
    const filename = path.join(folder, 'ready.sqlite');
    const setup = knexFactory({ client: 'sqlite3', connection: { filename }, useNullAsDefault: true });
    await setup.schema.createTable('signals', (table) => table.increments('id'));
    await setup('signals').insert({});
    await setup.destroy();
    const opened = await openProjectDatabase({ client: 'sqlite3', filename }, ['signals'], 'geen rapport gemaakt');
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    try {
      expect(await opened.knex('signals').count({ n: '*' }).first()).toEqual({ n: 1 });
    } finally {
      await opened.knex.destroy();
    }
  });
});
