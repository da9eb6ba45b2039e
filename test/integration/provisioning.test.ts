/** Restarting provisions nothing twice: a second run of the access model and the template seeding changes nothing. */
import { randomBytes } from 'node:crypto';
import { describe, expect, inject, test } from 'vitest';
import { runDirectusCli } from '../../scripts/lib/directus-process.ts';
import { snapshotFileFor } from '../../scripts/lib/project-paths.ts';
import { provision } from '../../scripts/lib/provision.ts';
import { loginAs } from '../support/api.ts';
import { appTranslations } from '../../directus/access/app-translations.ts';
import { DASHBOARD_INDICATORS } from '../../core/reporting/dashboard-indicators.ts';
import { DASHBOARD_ID, DASHBOARD_NAME } from '../../directus/insights/dashboard.ts';

const directus = inject('directus');

describe(`provisioning is idempotent (${directus.dbClient})`, () => {
  test('a second provisioning run creates, updates and deletes nothing', async () => {
    const report = await provision({ url: directus.url, adminEmail: directus.adminEmail, adminPassword: directus.adminPassword, workerToken: directus.workerToken });
    expect(report).toEqual({ policiesCreated: 0, rolesCreated: 0, permissionsCreated: 0, permissionsUpdated: 0, permissionsDeleted: 0, usersChanged: 0, templatesCreated: 0, templatesUpdated: 0, dashboardChanges: 0 });
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

  test('the Vroegsignalering dashboard: one, with a panel per figure of core/reporting, each with its Dutch definition', async () => {
    const admin = await loginAs('admin');
    const dashboards = (await admin.get<Array<{ id: string; name: string }>>('/dashboards?limit=-1&fields=id,name')).body.data!.filter((row) => row.name.startsWith('Vroegsignalering'));
    expect(dashboards).toEqual([{ id: DASHBOARD_ID, name: DASHBOARD_NAME }]);
    const stored = (await admin.get<Array<{ type: string; note: string | null; options: { indicator?: string } }>>(`/panels?limit=-1&fields=type,note,options&filter[dashboard][_eq]=${DASHBOARD_ID}`)).body.data!;
    const figures = stored.filter((panel) => panel.type === 'vs-figure');
    expect(figures.map((panel) => panel.options.indicator).sort()).toEqual(DASHBOARD_INDICATORS.map((indicator) => indicator.key).sort());
    for (const panel of figures) expect(panel.note).toMatch(/^[A-Z].{40,}\.$/s);
  });

  test('the app speaks Dutch by default', async () => {
    const admin = await loginAs('admin');
    const settings = (await admin.get<{ default_language: string; project_name: string }>('/settings?fields=default_language,project_name')).body.data!;
    expect(settings).toEqual({ default_language: 'nl-NL', project_name: 'Vroegsignalering' });
  });

  test("the admin is the project owner (no project-owner dialog) and nothing is queued for Directus's servers", async () => {
    const admin = await loginAs('admin');
    const settings = (await admin.get<Record<string, unknown>>('/settings?fields=project_owner,project_status,product_updates')).body.data!;
    expect(settings).toEqual({ project_owner: directus.adminEmail, project_status: null, product_updates: false });
  });

  test("the app's missing Dutch phrases are provisioned once, each key once", async () => {
    const admin = await loginAs('admin');
    const rows = (await admin.get<Array<{ key: string; value: string }>>('/translations?filter[language][_eq]=nl-NL&fields=key,value&limit=-1')).body.data!;
    const keys = Object.keys(appTranslations);
    expect(rows.filter((row) => keys.includes(row.key)).map((row) => [row.key, row.value]).sort()).toEqual(Object.entries(appTranslations).sort());
  });
});
