/**
 * Issue 13, end to end against a real Directus: a test month of signals, cases and contact
 * attempts; the corporations' evictions; the figures step that feeds the dashboard; the DDAS
 * delivery by `npm run ddas` and from the app, validated with ajv against the official
 * schema, whose counts equal the dashboard's figures for the month; the evaluation report by
 * `npm run report` and from the app. Who may do what, per role.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { isDate, isDateTime, isEmail, isTime } from '../../adapters/ddas/ddas-formats.ts';
import { pdfPageTexts } from '../../adapters/pdf/pdf-text.ts';
import { computeFigures } from '../../core/reporting/compute-figures.ts';
import { dashboardRows } from '../../core/reporting/dashboard-indicators.ts';
import { runFiguresStep } from '../../jobs/cycle/figures-step.ts';
import { readReportRecords } from '../../jobs/reporting/read-report-records.ts';
import { fromRoot } from '../../scripts/lib/project-paths.ts';
import { Api, loginAs } from '../support/api.ts';
import { dbEnv, testKnex } from '../support/workers.ts';

const directus = inject('directus');
// A month of its own, far from the demo data and other tests' periods.
const MONTH = '2044-03';
const WINDOW = { from: '2044-03-01', to: '2044-03-31' };
const BSN = '999990287';

type Row = Record<string, unknown>;
let admin: Api;
let staff: Api;
let functionalAdmin: Api;
let corporation: Api;
let corporationB: Api;
let amw: Api;
let knex: Knex;
let dir: string;
const made: Record<string, Array<string | number>> = { contact_attempts: [], signals: [], cases: [], households: [], evictions: [], documents: [] };

function data<T>(response: { status: number; body: { data?: unknown; errors?: unknown } }): T {
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data as T;
}

async function create(collection: string, item: Row): Promise<string> {
  const id = data<{ id: string }>(await admin.post(`/items/${collection}`, item)).id;
  made[collection]!.push(id);
  return id;
}

/** A CLI of the project, as staff run it; asynchronous, so this process keeps answering. */
function run(script: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [fromRoot('node_modules/tsx/dist/cli.mjs'), fromRoot('scripts', script), ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NODE_ENV: 'test', ...dbEnv(directus.db), DIRECTUS_URL: directus.url, WORKER_TOKEN: directus.workerToken },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const validator = () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  for (const [name, check] of Object.entries({ date: isDate, 'date-time': isDateTime, email: isEmail, time: isTime })) ajv.addFormat(name, check);
  return ajv;
};

beforeAll(async () => {
  [admin, staff, functionalAdmin, corporation, corporationB, amw] = await Promise.all([loginAs('admin'), loginAs('debt_services'), loginAs('functional_admin'), loginAs('corporation'), loginAs('corporation_b'), loginAs('social_work')]);
  knex = testKnex(directus.db);
  dir = await mkdtemp(path.join(os.tmpdir(), 'vs-reporting-'));
  const partners = directus.demo.partners;
  const family = await create('households', { address_key: `RP-${MONTH}-1`, address: 'Rapportstraat 1, 6001 AA Weert', has_minor_children: true });
  const single = await create('households', { address_key: `RP-${MONTH}-2`, address: 'Rapportstraat 2, 6001 AA Weert', has_minor_children: false });
  const amwCase = await create('cases', { household: family, period: MONTH, status: 'in_contact', route: 'amw', rule_route: 'amw', decided_by_rule: 'huurschuld-convenant@1', reason: 'Test', priority: 1, date_matched: '2044-03-06' });
  const closedCase = await create('cases', { household: single, period: MONTH, status: 'closed', route: 'municipality', rule_route: 'municipality', decided_by_rule: 'huurschuld-convenant@1', reason: 'Test', priority: 2, date_matched: '2044-03-06', date_closed: '2044-03-20', result: '(Budget)advies en/of quick fix' });
  const tenant = { birth_date: '1980-01-01', street: 'Rapportstraat', city: 'Weert', postcode: '6001AA', period: MONTH };
  // The family: one signal from each corporation in the same month (a "multiple" signal); the single tenant one.
  await create('signals', { ...tenant, initials: 'R.', surname: 'Rapportgezin', house_number: 1, partner: partners['wonen-limburg'], signal_date: '2044-03-04', months_in_arrears: 2, arrears_amount: 812.4, household: family, case: amwCase, bsn: BSN, match_status: 'matched', status: 'Opgepakt' });
  await create('signals', { ...tenant, initials: 'R.', surname: 'Rapportgezin', house_number: 1, partner: partners['st-joseph'], signal_date: '2044-03-05', months_in_arrears: 3, arrears_amount: 1020, household: family, case: amwCase, bsn: BSN, match_status: 'matched', status: 'Opgepakt' });
  await create('signals', { ...tenant, initials: 'A.', surname: 'Rapportalleen', house_number: 2, partner: partners['wonen-limburg'], signal_date: '2044-03-05', months_in_arrears: 4, arrears_amount: 1500.5, household: single, case: closedCase, match_status: 'not_found', status: 'Opgepakt' });
  // Days to the first attempt: 6 (family, from the 4th) and 3 (single, from the 5th); to the first talk: 12 and 3.
  await create('contact_attempts', { case: amwCase, date: '2044-03-10', kind: 'Brief', reached: false, organisation: 'municipality' });
  await create('contact_attempts', { case: amwCase, date: '2044-03-16', kind: 'Huisbezoek', part_of_day: 'Middag', reached: true, organisation: 'municipality' });
  await create('contact_attempts', { case: closedCase, date: '2044-03-08', kind: 'Telefoon', part_of_day: 'Ochtend', reached: true, organisation: 'municipality' });
}, 120_000);

afterAll(async () => {
  for (const collection of ['contact_attempts', 'signals', 'cases', 'households', 'evictions'] as const) {
    if (made[collection]!.length) await knex(collection).whereIn('id', made[collection]!).delete();
  }
  for (const document of made.documents!) {
    const row = (await knex('documents').select('file').where({ id: document }).first()) as { file: string | null } | undefined;
    await knex('documents').where({ id: document }).delete();
    if (row?.file) await admin.delete(`/files/${row.file}`);
  }
  // The step ran "in 2044": no months after today's stay behind for the dashboard of other tests.
  await knex('report_figures').where('month', '>', new Date().toISOString().slice(0, 7)).delete();
  await knex?.destroy();
  await rm(dir, { recursive: true, force: true });
});

describe(`reporting (${directus.dbClient})`, () => {
  test('a corporation enters its evictions of a period: its own partner, once per period, the children a part of the total', async () => {
    const own = await corporation.post<{ id: string; partner: number }>('/items/evictions', { period: MONTH, total: 2, with_minor_children: 0 });
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    made.evictions!.push(own.body.data!.id);
    const stored = (await knex('evictions').select('partner').where({ id: own.body.data!.id }).first()) as { partner: number };
    expect(Number(stored.partner)).toBe(directus.demo.partners['wonen-limburg']);

    const again = await corporation.post('/items/evictions', { period: MONTH, total: 1, with_minor_children: 0 });
    expect(again.status).toBe(400);
    expect(again.body.errors?.[0]?.message).toMatch(/al ingevuld/);
    const tooMany = await corporation.patch(`/items/evictions/${own.body.data!.id}`, { with_minor_children: 3 });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors?.[0]?.message).toMatch(/groter dan het totaal \(2\)/);
    // Another corporation's partner cannot be written, and its rows are not seen.
    const forged = await corporationB.post('/items/evictions', { period: MONTH, total: 1, with_minor_children: 0, partner: directus.demo.partners['wonen-limburg'] });
    expect(forged.status).toBe(403);
    const seenByB = data<Row[]>(await corporationB.get(`/items/evictions?filter[period][_eq]=${MONTH}`));
    expect(seenByB).toEqual([]);
    expect((await corporationB.patch(`/items/evictions/${own.body.data!.id}`, { total: 9 })).status).toBe(403);
    expect((await amw.get('/items/evictions')).status).toBe(403);
    // The municipality reads them, changes none.
    expect(data<Row[]>(await staff.get(`/items/evictions?filter[period][_eq]=${MONTH}&fields=total`))).toEqual([{ total: 2 }]);
    expect((await functionalAdmin.patch(`/items/evictions/${own.body.data!.id}`, { total: 5 })).status).toBe(403);
  });

  test("the figures step stores the month's dashboard figures, computed by core/reporting from the records", async () => {
    const outcome = await runFiguresStep(knex, { today: '2044-04-02', dryRun: false, now: new Date() });
    expect(outcome.message).toMatch(/Kengetallen bijgewerkt/);
    const stored = (await knex('report_figures').select('indicator', 'dimension', 'value').where({ month: MONTH })) as Array<{ indicator: string; dimension: string | null; value: number | string | null }>;
    const value = (indicator: string, dimension = '') => {
      const row = stored.find((candidate) => candidate.indicator === indicator && (candidate.dimension ?? '') === dimension);
      return row?.value === null || row?.value === undefined ? null : Number(row.value);
    };
    // By hand, from the records made above.
    expect(value('signals_by_partner')).toBe(3);
    expect(value('signal_kinds', 'Meervoudig')).toBe(1);
    expect(value('households_reached_share', 'Bereikt')).toBe(100);
    expect(value('days_to_first_attempt', 'Mediaan')).toBe(4.5);
    expect(value('days_to_first_attempt', '80e percentiel')).toBe(5.4);
    expect(value('days_to_first_talk', 'Mediaan')).toBe(7.5);
    expect(value('minor_children_reached', 'Waarvan bereikt')).toBe(1);
    expect(value('evictions', 'Ontruimingen')).toBe(2);
    expect(value('cases_by_end_result', '(Budget)advies en/of quick fix')).toBe(1);
    // And exactly what the query layer says for the month: the dashboard is computeFigures, stored.
    const records = await readReportRecords(knex, WINDOW);
    const expected = dashboardRows(computeFigures(records, WINDOW), MONTH).map((row) => [row.indicator, row.dimension, row.value]);
    expect(stored.map((row) => [row.indicator, row.dimension ?? '', row.value === null ? null : Number(row.value)]).sort()).toEqual(expected.sort());
  });

  test('npm run ddas: a delivery valid against the official schema, whose counts equal the dashboard figures of the month', async () => {
    const out = path.join(dir, 'levering.json');
    const result = await run('ddas.ts', ['--from', WINDOW.from, '--to', WINDOW.to, '--out', out]);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stderr).not.toContain(BSN);
    const delivery = JSON.parse(await readFile(out, 'utf8')) as { leveringen: Array<{ vroegsignalen: Array<Row & { client: Row }>; vroegsignaalzaken: Array<{ contactpogingen: Row[] }> }> };
    const schema = JSON.parse(await readFile(fromRoot('reference', 'ddas', 'ddas-v1.2-uitwisselmodel.schema.json'), 'utf8')) as object;
    const validate = validator().compile(schema);
    expect(validate(delivery), JSON.stringify(validate.errors)).toBe(true);

    const [levering] = delivery.leveringen;
    const figure = async (indicator: string) => ((await knex('report_figures').select('value').where({ month: MONTH, indicator, dimension: '' }).first()) as { value: number | string } | undefined)?.value;
    expect(levering!.vroegsignalen).toHaveLength(Number(await figure('signals_by_partner')));
    const routes = (await knex('report_figures').select('value').where({ month: MONTH, indicator: 'cases_by_route' })) as Array<{ value: number | string }>;
    expect(levering!.vroegsignaalzaken).toHaveLength(routes.reduce((sum, row) => sum + Number(row.value), 0));
    expect(levering!.vroegsignaalzaken.flatMap((zaak) => zaak.contactpogingen ?? [])).toHaveLength(3);
    // Client data only as the standard asks: the BSN when matched, else postcode and house number.
    const clients = levering!.vroegsignalen.map((signal) => signal.client);
    expect(clients.filter((client) => client.burgerservicenummer === BSN)).toHaveLength(2);
    expect(clients.find((client) => !client.burgerservicenummer)).toEqual({ postcode: '6001AA', huisnummer: '2' });
    for (const client of clients) expect(Object.keys(client).every((key) => ['burgerservicenummer', 'postcode', 'huisnummer', 'huisnummertoevoeging', 'geslachtsaanduiding', 'geboortedatum'].includes(key))).toBe(true);
  });

  test('npm run ddas refuses a window that ends before it starts, in Dutch, and writes nothing', async () => {
    const out = path.join(dir, 'fout.json');
    const result = await run('ddas.ts', ['--from', '2044-03-31', '--to', '2044-03-01', '--out', out]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/eindigt \(2044-03-01\) vóór ze begint/);
    await expect(readFile(out)).rejects.toThrow();
  });

  test('the DDAS action in the app: staff make it and download it; the functional admin, a corporation and AMW may not', async () => {
    const made_ = await staff.post<never>('/vroegsignalering/rapportage/ddas', WINDOW);
    expect(made_.status, JSON.stringify(made_.body)).toBe(200);
    const answer = made_.body as unknown as { document: string; file: string; summary: string };
    made.documents!.push(answer.document);
    expect(answer.summary).toBe('DDAS-levering 1 maart 2044 t/m 31 maart 2044: 3 signalen, 2 vroegsignaalzaken, 3 contactpogingen.');
    const document = data<{ kind: string }>(await staff.get(`/items/documents/${answer.document}?fields=kind`));
    expect(document.kind).toBe('ddas_export');
    const download = await fetch(`${directus.url}/assets/${answer.file}`, { headers: { authorization: `Bearer ${staff.token}` } });
    expect(download.status).toBe(200);
    expect(validator().compile(JSON.parse(await readFile(fromRoot('reference', 'ddas', 'ddas-v1.2-uitwisselmodel.schema.json'), 'utf8')) as object)(await download.json())).toBe(true);
    // Making it is an export of personal data by a person: on record.
    const logged = (await knex('access_log').select('action', 'collection').where({ user: directus.demo.users.debt_services.id, action: 'export', collection: 'signals' })) as Row[];
    expect(logged.length).toBeGreaterThanOrEqual(1);

    for (const other of [functionalAdmin, corporation, amw]) {
      const refused = await other.post<never>('/vroegsignalering/rapportage/ddas', WINDOW);
      expect(refused.status).toBe(403);
      expect((refused.body as unknown as { message: string }).message).toMatch(/medewerkers schulddienstverlening/);
      expect((await fetch(`${directus.url}/assets/${answer.file}`, { headers: { authorization: `Bearer ${other.token}` } })).status).toBe(403);
    }
    const badWindow = await staff.post<never>('/vroegsignalering/rapportage/ddas', { from: '2044-03-31', to: '2044-03-01' });
    expect(badWindow.status).toBe(400);
    expect((badWindow.body as unknown as { message: string }).message).toMatch(/vóór ze begint/);
  });

  test('the evaluation report: npm run report writes a PDF of aggregates; the functional admin makes one in the app and downloads it', async () => {
    const out = path.join(dir, 'evaluatie.pdf');
    const result = await run('report.ts', ['--from', WINDOW.from, '--to', WINDOW.to, '--out', out]);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const text = pdfPageTexts(await readFile(out)).join('\n');
    expect(text).toContain('Evaluatie vroegsignalering');
    expect(text).toContain('Kerncijfers');
    expect(text).toContain('Dagen tot de eerste contactpoging');
    expect(text).not.toContain(BSN);
    expect(text).not.toContain('Rapportgezin');

    const made_ = await functionalAdmin.post<never>('/vroegsignalering/rapportage/evaluatie', WINDOW);
    expect(made_.status, JSON.stringify(made_.body)).toBe(200);
    const answer = made_.body as unknown as { document: string; file: string; summary: string };
    made.documents!.push(answer.document);
    expect(answer.summary).toMatch(/^Evaluatie vroegsignalering .*: 3 signalen, 2 huishoudens, 2 vroegsignaalzaken\.$/);
    const download = await fetch(`${directus.url}/assets/${answer.file}`, { headers: { authorization: `Bearer ${functionalAdmin.token}` } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    for (const other of [corporation, amw]) expect((await other.post('/vroegsignalering/rapportage/evaluatie', WINDOW)).status).toBe(403);
  });
});
