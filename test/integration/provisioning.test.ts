/** Restarting provisions nothing twice: a second run of the access model changes nothing. */
import { randomBytes } from 'node:crypto';
import { describe, expect, inject, test } from 'vitest';
import { runDirectusCli } from '../../scripts/lib/directus-process.ts';
import { snapshotFileFor } from '../../scripts/lib/project-paths.ts';
import { provision } from '../../scripts/lib/provision.ts';
import { loginAs } from '../support/api.ts';

const directus = inject('directus');

describe(`provisioning is idempotent (${directus.dbClient})`, () => {
  test('a second provisioning run creates, updates and deletes nothing', async () => {
    const report = await provision({ url: directus.url, adminEmail: directus.adminEmail, adminPassword: directus.adminPassword, workerToken: directus.workerToken });
    expect(report).toEqual({ policiesCreated: 0, rolesCreated: 0, permissionsCreated: 0, permissionsUpdated: 0, permissionsDeleted: 0, usersChanged: 0 });
    const admin = await loginAs('admin');
    const roles = (await admin.get<Array<{ name: string }>>('/roles?limit=-1&fields=name')).body.data!.map((r) => r.name).sort();
    expect(roles).toEqual(['AMW', 'Beheerder', 'Functioneel beheerder', 'Medewerker schulddienstverlening', 'Woningcorporatie', 'Worker (servicerol)']);
  });

  test('applying the schema snapshot again (as every restart does) changes nothing', async () => {
    const { db } = directus;
    const dbEnv: Record<string, string> =
      db.client === 'pg'
        ? { DB_CLIENT: 'pg', DB_HOST: db.host ?? '127.0.0.1', DB_PORT: String(db.port ?? 5432), DB_DATABASE: db.database ?? '', DB_USER: db.user ?? '', DB_PASSWORD: db.password ?? '' }
        : { DB_CLIENT: 'sqlite3', DB_FILENAME: db.filename };
    const env = { ...dbEnv, PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', SECRET: randomBytes(32).toString('hex'), LOG_LEVEL: 'info' };
    const output = await runDirectusCli(['schema', 'apply', '--dry-run', snapshotFileFor(directus.dbClient)], env, { quiet: true });
    expect(output).toMatch(/No changes to apply/);
  }, 120_000);

  test('the app speaks Dutch by default', async () => {
    const admin = await loginAs('admin');
    const settings = (await admin.get<{ default_language: string; project_name: string }>('/settings?fields=default_language,project_name')).body.data!;
    expect(settings).toEqual({ default_language: 'nl-NL', project_name: 'Vroegsignalering' });
  });
});
