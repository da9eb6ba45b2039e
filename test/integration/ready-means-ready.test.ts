/**
 * Ready means ready (issue 8): nothing outside reaches a half-provisioned instance.
 * - `npm run seed:demo` against a migrated but unprovisioned instance refuses, in Dutch, with a
 *   non-zero exit, and creates no users (it used to create them without a role);
 * - `npm start` answers on its public port only once the access model is complete: the very
 *   first answer to `/server/ping` already has the roles, the admin in the Beheerder role and
 *   the worker account.
 * Both run on a database of their own (SQLite file or PostgreSQL database), not the shared one.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { WORKER_EMAIL } from '../../directus/access/access-model.ts';
import { parseAppConfig, type AppConfig } from '../../scripts/lib/app-config.ts';
import { DEMO_USERS } from '../../scripts/lib/demo-data.ts';
import { directusEnv } from '../../scripts/lib/directus-env.ts';
import { startDirectusServer } from '../../scripts/lib/directus-process.ts';
import { freePort } from '../../scripts/lib/free-port.ts';
import { prepareInstance } from '../../scripts/lib/prepare-instance.ts';
import { fromRoot } from '../../scripts/lib/project-paths.ts';
import { createDatabase, dropDatabase, PG_HOST, PG_PORT, PG_USER } from '../setup/postgres.ts';

const dbClient = inject('dbClient');
const tsx = fromRoot('node_modules/tsx/dist/cli.mjs');
const MODEL_ROLES = ['AMW', 'Beheerder', 'Functioneel beheerder', 'Medewerker schulddienstverlening', 'Woningcorporatie', 'Worker (servicerol)'];

let work: string;
const pgDatabases: string[] = [];

/** A fresh database of its own (SQLite file or PostgreSQL database) with its own port. */
async function freshInstanceConfig(name: string): Promise<{ config: AppConfig; env: Record<string, string> }> {
  const pgDatabase = `vs_ready_${randomBytes(4).toString('hex')}`;
  if (dbClient === 'pg') {
    await createDatabase(pgDatabase);
    pgDatabases.push(pgDatabase);
  }
  const config = parseAppConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(await freePort()),
    DB_CLIENT: dbClient,
    DB_FILENAME: path.join(work, `${name}.sqlite`),
    ...(dbClient === 'pg' ? { DB_HOST: PG_HOST, DB_PORT: String(PG_PORT), DB_USER: PG_USER, DB_DATABASE: pgDatabase } : {}),
    STORAGE_LOCAL_ROOT: path.join(work, name, 'uploads'),
    EXTENSIONS_PATH: path.join(work, name, 'extensions'),
    ADMIN_EMAIL: 'admin@example.com',
    ADMIN_PASSWORD: `Admin-${randomBytes(8).toString('hex')}-1A`,
    SECRET: randomBytes(32).toString('hex'),
    WORKER_TOKEN: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
  });
  const env = { ...directusEnv(config, { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' }), BRP_API_URL: inject('directus').brpUrl, DIRECTUS_URL: `http://127.0.0.1:${config.PORT}` };
  return { config, env };
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), `vs-ready-${dbClient}-`));
});

afterAll(async () => {
  for (const database of pgDatabases) await dropDatabase(database);
  await rm(work, { recursive: true, force: true });
});

async function adminToken(url: string, config: AppConfig): Promise<string | null> {
  const response = await fetch(`${url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD }) });
  return response.ok ? ((await response.json()) as { data: { access_token: string } }).data.access_token : null;
}

async function get<T>(url: string, token: string): Promise<{ status: number; data: T | undefined }> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, data: response.ok ? ((await response.json()) as { data: T }).data : undefined };
}

describe(`ready means ready (${dbClient})`, () => {
  test('seed:demo refuses, in Dutch and with exit 1, while the roles are missing, and creates no user', async () => {
    // Migrated and with the schema, but the access model never provisioned.
    const { config, env } = await freshInstanceConfig('bare');
    await prepareInstance(config, env, { quiet: true });
    const bare = await startDirectusServer(env, { quiet: true });
    try {
      const seed = spawnSync(process.execPath, [tsx, fromRoot('scripts/seed-demo.ts')], { env: { ...env, DEMO_PASSWORD: 'Demo-Wachtwoord-2026' }, encoding: 'utf8', timeout: 60_000 });
      expect(seed.status, seed.stdout + seed.stderr).toBe(1);
      expect(seed.stderr).toContain('het toegangsmodel is niet (volledig) ingericht');
      expect(seed.stderr).toContain('er zijn geen demogebruikers aangemaakt');
      expect(seed.stdout).not.toContain('Demogegevens klaar');
      const token = (await adminToken(bare.url, config))!;
      const users = await get<unknown[]>(`${bare.url}/users?filter[email][_in]=${DEMO_USERS.map((user) => user.email).join(',')}&fields=id`, token);
      expect(users.data).toEqual([]);
    } finally {
      await bare.stop();
    }
  }, 240_000);

  test('npm start on a new database: the first answer of the public port already has the complete access model', async () => {
    const { config, env } = await freshInstanceConfig('start');
    const url = `http://127.0.0.1:${config.PORT}`;
    const start: ChildProcess = spawn(process.execPath, [tsx, fromRoot('scripts/start.ts')], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    start.stdout!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
    start.stderr!.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
    let exited = false;
    start.on('exit', () => (exited = true));
    try {
      // A full run loads two cores with three instances and Chromium: starting takes minutes then.
      const deadline = Date.now() + 420_000;
      let answered = false;
      while (!answered && Date.now() < deadline && !exited) {
        answered = await fetch(`${url}/server/ping`).then((response) => response.ok, () => false);
        if (!answered) await sleep(50);
      }
      expect(answered, `npm start never answered:\n${output}`).toBe(true);

      // Checked straight after the first answer, before anything else could catch up.
      const token = await adminToken(url, config);
      const worker = await get<{ id: string; role: string }>(`${url}/users/me?fields=id,role`, config.WORKER_TOKEN!);
      expect(token, 'the admin can log in').not.toBeNull();
      const roles = await get<Array<{ name: string }>>(`${url}/roles?limit=-1&fields=name`, token!);
      expect(roles.data!.map((role) => role.name).sort()).toEqual(MODEL_ROLES);
      const me = await get<{ role: { name: string } }>(`${url}/users/me?fields=role.name`, token!);
      expect(me.data!.role.name, 'the admin sits in the Beheerder role').toBe('Beheerder');
      expect(worker.status, 'the worker account and its token are in place').toBe(200);
      const workerAccount = await get<Array<{ id: string }>>(`${url}/users?filter[email][_eq]=${encodeURIComponent(WORKER_EMAIL)}&fields=id`, token!);
      expect(worker.data!.id, 'the token belongs to the worker account').toBe(workerAccount.data![0]!.id);
      const policies = await get<Array<{ name: string }>>(`${url}/policies?limit=-1&fields=name`, token!);
      expect(policies.data!.map((policy) => policy.name)).toEqual(expect.arrayContaining(MODEL_ROLES));
    } finally {
      if (!exited) {
        const closed = new Promise((resolve) => start.once('exit', resolve));
        process.kill(-start.pid!, 'SIGTERM');
        const forced = setTimeout(() => process.kill(-start.pid!, 'SIGKILL'), 20_000);
        await closed;
        clearTimeout(forced);
      }
    }
  }, 480_000);
});
