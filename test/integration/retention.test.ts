/**
 * The daily `retention` step over the real stack (issue 12, item 3): a period of long ago —
 * a signal that led to no case, a case closed without help, one closed with help (each with
 * household, referral, contact attempt, task, comment and a letter whose file names the
 * tenant), a letter batch and an export naming them, an upload's error report and a source
 * list quoting them, a search saved in the app — and one open case of the same period. `npm run cycle -- --step retention
 * --today <two years later>` must leave no trace of the expired tenants in any table of the
 * database (Directus's revisions, activity and files included) or in the storage folder; the
 * open case stays whole; a deletion report and the deletion log hold counts and ids only.
 *
 * The same run carries out a deletion request (by BSN only) and a shielding request that staff
 * approved for two tenants with open cases: the first is gone everywhere with a task per
 * partner to inform, the second's signal, case and household are shielded.
 *
 * The test's rows are dated back (date_created and the domain dates) to 2023 and the step acts
 * as of 2025: every other row in the shared instance is younger than that, so this run deletes
 * nothing of other tests or of the demo data.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import knexFactory, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { projectKnexConfig } from '../../jobs/db-settings.ts';
import { dbDates } from '../../extensions/src/lib/db-dates.ts';
import { accessIds, Api, loginAs } from '../support/api.ts';
import { runCycle } from '../support/run-cycle.ts';
import { uploadFile } from '../support/uploads.ts';

const directus = inject('directus');
const PERIOD = '2023-03';
const TODAY = '2025-04-10';

/** Surnames nobody else uses: none may remain anywhere once their term has run out. */
const EXPIRED = { noCase: 'Vergeetmijnietje', noHelp: 'Wisselvalligheid', help: 'Opruimstraatje', errorReport: 'Foutregelnaam', sourceList: 'Bronlijstnaamloos' };
const OPEN = 'Blijfbestaander';
/** A deletion request by BSN, and a shielding request, for tenants with open cases. */
// A BSN only this test's tenant has: a deletion by BSN erases every signal with it in the shared instance.
const ERASE = { surname: 'Wegdamiaan', bsn: '100000903' };
const SHIELD = { surname: 'Schermerhoorn', bsn: '100000927' };

type Row = Record<string, unknown>;
let admin: Api;
let knex: Knex;
let corporation: number;
let amw: number;
const ids = { signals: [] as string[], cases: [] as string[], households: [] as string[], referrals: [] as string[], attempts: [] as string[], documents: [] as string[], files: [] as string[], uploads: [] as string[], sourceLists: [] as string[], facts: [] as string[] };
const open = { case: '', signal: '', household: '', letter: '', file: '' };
const requests = { deletion: '', shielding: '' };
const erased = { case: '', signal: '', household: '', file: '' };
const shielded = { case: '', signal: '', household: '', letter: '', file: '' };
let shieldRole = '';
let preset = 0;

function data<T>(response: { status: number; body: { data?: unknown } }): T {
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data as T;
}

const at = (date: string) => dbDates(knex).timestamp(new Date(`${date}T10:00:00Z`));
const day = (date: string) => dbDates(knex).date(date);

function tenant(surname: string, n: number): Row {
  return { initials: 'T.', surname, birth_date: '1971-02-03', street: 'Vergetenstraat', house_number: 100 + n, postcode: '6001ZZ', city: 'Weert', phone: '0612345678' };
}

async function signal(surname: string, n: number, links: Row = {}): Promise<string> {
  const id = data<{ id: string }>(await admin.post('/items/signals', { partner: corporation, period: PERIOD, signal_date: '2023-03-20', months_in_arrears: 3, arrears_amount: 1200, ...tenant(surname, n), ...links })).id;
  // A change, so the revisions hold a delta too.
  data(await admin.patch(`/items/signals/${id}`, { phone: '0687654321' }));
  ids.signals.push(id);
  return id;
}

/** A household with a case of the old period: signal, AMW referral, contact attempt, task, comment, letter with a file. */
async function household(surname: string, n: number, status: 'closed' | 'in_contact', result: string | null, bsn: string | null = null): Promise<{ household: string; case: string; signal: string; letter: string; file: string }> {
  const householdId = data<{ id: string }>(await admin.post('/items/households', { address_key: `RT-${randomUUID()}`, address: `Vergetenstraat ${100 + n}, 6001 ZZ Weert` })).id;
  const caseId = data<{ id: string }>(await admin.post('/items/cases', { household: householdId, period: PERIOD, status: 'new', route: 'amw', rule_route: 'amw', decided_by_rule: 'huurschuld-convenant@1', reason: 'Test: zoals de regel besliste.', priority: 1, months_in_arrears: 3, date_matched: '2023-03-25' })).id;
  const signalId = await signal(surname, n, { household: householdId, case: caseId, bsn });
  const referral = data<{ id: string }>(await admin.post('/items/referrals', { ...tenant(surname, n), case: caseId, target: 'amw', partner: amw, period: PERIOD, status: 'new', priority: 1, months_in_arrears: 3 })).id;
  const attempt = data<{ id: string }>(await admin.post('/items/contact_attempts', { referral, kind: 'Telefoon', reached: true, date: '2023-03-28', note: `Gesproken met ${surname}` })).id;
  data(await admin.post('/comments', { collection: 'cases', item: caseId, comment: `Mevrouw ${surname} belde terug.` }));
  const file = await uploadFile(admin, `brief-${surname}.pdf`, `Geachte mevrouw ${surname}, ...`);
  const letter = randomUUID();
  await knex('documents').insert({ id: letter, kind: 'letter', status: 'ready', case: caseId, household: householdId, period: PERIOD, file, summary: 'Vooraankondiging AMW', date_created: at('2023-03-26') });
  await knex('tasks').insert({ id: randomUUID(), kind: 'overdue', status: 'done', case: caseId, period: PERIOD, description: 'Test', task_key: `rt:${caseId}`, date_created: at('2023-03-27') });
  // Closed (or in contact) long ago, as staff would have left it.
  await knex('cases').where({ id: caseId }).update({ status, result, date_closed: status === 'closed' ? day('2023-04-01') : null, date_created: at('2023-03-25'), date_updated: at('2023-04-01') });
  await knex('referrals').where({ id: referral }).update({ status: 'closed', outcome: result, date_outcome: day('2023-03-31'), date_sent: day('2023-03-27'), date_created: at('2023-03-25') });
  await knex('households').where({ id: householdId }).update({ date_created: at('2023-03-25') });
  ids.cases.push(caseId);
  ids.households.push(householdId);
  ids.referrals.push(referral);
  ids.attempts.push(attempt);
  ids.documents.push(letter);
  ids.files.push(file);
  return { household: householdId, case: caseId, signal: signalId, letter, file };
}

/** Every row of every table, as text, with the names it contains. */
async function scanDatabase(names: string[]): Promise<string[]> {
  const tables = directus.dbClient === 'pg'
    ? ((await knex.raw("select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'")) as { rows: Array<{ name: string }> }).rows
    : ((await knex.raw("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")) as Array<{ name: string }>);
  const hits: string[] = [];
  for (const { name } of tables) {
    const rows = (await knex(name).select('*')) as Row[];
    for (const row of rows) {
      const text = JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('latin1') : value)).toLowerCase();
      for (const surname of names) if (text.includes(surname.toLowerCase())) hits.push(`${name}: ${surname}`);
    }
  }
  return [...new Set(hits)];
}

async function scanStorage(names: string[]): Promise<string[]> {
  const hits: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else {
        const text = `${entry.name}\n${(await readFile(full)).toString('latin1')}`.toLowerCase();
        for (const surname of names) if (text.includes(surname.toLowerCase())) hits.push(`${full}: ${surname}`);
      }
    }
  };
  await walk(directus.storageRoot);
  return hits;
}

beforeAll(async () => {
  admin = await loginAs('admin');
  knex = knexFactory(projectKnexConfig(directus.db));
  corporation = data<{ id: number }>(await admin.post('/items/signal_partners', { code: `rt-${randomUUID().slice(0, 8)}`, name: 'Bewaarcorporatie', partner_type: 'Huur', organisation_role: 'signal_partner' })).id;
  amw = data<{ id: number }>(await admin.post('/items/signal_partners', { code: `rt-amw-${randomUUID().slice(0, 8)}`, name: 'AMW Bewaartest', partner_type: 'Overige', organisation_role: 'social_work', active: false })).id;

  // An upload of the old period whose error report quotes a cell (the intake leaves it so).
  const upload = randomUUID();
  await knex('uploads').insert({ id: upload, partner: corporation, period: PERIOD, file_name: 'lijst-maart.csv', status: 'processed', rows_read: 4, accepted: 3, rejected: 1, duplicates: 0, error_report: JSON.stringify([{ row: 5, column: 'Geboortedatum', message: `"${EXPIRED.errorReport}": geboortedatum ontbreekt` }]), date_created: at('2023-03-15'), processed_at: at('2023-03-15') });
  ids.uploads.push(upload);

  // A signal that led to no case, with a fact from a source list that quotes a rejected row.
  const noCase = await signal(EXPIRED.noCase, 1, { upload });
  const list = randomUUID();
  await knex('source_lists').insert({ id: list, kind: 'benefits', reference_date: day('2023-03-01'), file_name: 'uitkeringen.csv', status: 'processed', rows_read: 2, matched: 1, unmatched: 0, rejected: 1, error_report: JSON.stringify([{ row: 3, column: 'Achternaam', message: `"${EXPIRED.sourceList}" zonder BSN` }]), summary: 'Test', date_created: at('2023-03-02') });
  ids.sourceLists.push(list);
  const fact = randomUUID();
  await knex('signal_facts').insert({ id: fact, signal: noCase, fact: 'benefit', value: 'Participatiewet', source_list: list, source_kind: 'benefits', source_date: day('2023-03-01'), date_created: at('2023-03-21') });
  ids.facts.push(fact);

  await household(EXPIRED.noHelp, 2, 'closed', 'Definitief geen contact kunnen krijgen');
  await household(EXPIRED.help, 3, 'closed', 'Vervolghulp en/of verwijzing financieel');
  const kept = await household(OPEN, 4, 'in_contact', null);
  Object.assign(open, { case: kept.case, signal: kept.signal, household: kept.household, letter: kept.letter, file: kept.file });

  // Two tenants with open cases whose requests staff approved.
  const gone = await household(ERASE.surname, 5, 'in_contact', null, ERASE.bsn);
  Object.assign(erased, { case: gone.case, signal: gone.signal, household: gone.household, file: gone.file });
  const hidden = await household(SHIELD.surname, 6, 'in_contact', null, SHIELD.bsn);
  Object.assign(shielded, { case: hidden.case, signal: hidden.signal, household: hidden.household, letter: hidden.letter, file: hidden.file });
  shieldRole = (await accessIds(admin)).roles.functional_admin!;
  requests.deletion = data<{ id: string }>(await admin.post('/items/privacy_requests', { kind: 'deletion', status: 'in_progress', date_received: '2025-04-01', bsn: ERASE.bsn, reason: 'Verzoek tot verwijdering toegewezen (test).' })).id;
  requests.shielding = data<{ id: string }>(await admin.post('/items/privacy_requests', { kind: 'shielding', status: 'in_progress', date_received: '2025-04-01', bsn: SHIELD.bsn, reason: 'Afscherming toegewezen (test).', shield_role: shieldRole })).id;

  // Someone searched for them in the app: the app saves the search box and filter as a preset.
  const me = data<{ id: string }>(await admin.get('/users/me?fields=id')).id;
  preset = data<{ id: number }>(await admin.post('/presets', { user: me, collection: 'cases', search: EXPIRED.noHelp, filter: { household: { address: { _contains: EXPIRED.help } } } })).id;
  data(await admin.patch(`/presets/${preset}`, { search: `${EXPIRED.noHelp} Weert` }));

  // The post room's batch and a corporation's feedback export name them all.
  for (const kind of ['letter_batch', 'partner_feedback'] as const) {
    const file = await uploadFile(admin, `${kind}-${PERIOD}.pdf`, `${EXPIRED.noHelp}\n${EXPIRED.help}\n${OPEN}\n${EXPIRED.noCase}`);
    const id = randomUUID();
    await knex('documents').insert({ id, kind, status: 'ready', period: PERIOD, partner: kind === 'partner_feedback' ? corporation : null, file, rows: 3, summary: '3 brieven', date_created: at('2023-03-26') });
    ids.documents.push(id);
    ids.files.push(file);
  }
  await knex('signals').whereIn('id', ids.signals).update({ date_created: at('2023-03-21'), date_updated: at('2023-03-21') });
}, 120_000);

afterAll(async () => {
  if (!knex) return;
  // Only what survives on purpose (the open case) and the partners; the rest the step removed.
  for (const file of [open.file, shielded.file]) await admin.delete(`/files/${file}`);
  await knex('documents').whereIn('id', [open.letter, shielded.letter]).delete();
  await knex('tasks').where('task_key', 'like', `inform_partners:${requests.deletion}:%`).delete();
  await knex('privacy_requests').whereIn('id', Object.values(requests).filter(Boolean)).delete();
  await knex('directus_comments').where({ collection: 'cases' }).whereIn('item', [open.case, shielded.case]).delete();
  await knex('documents').where({ kind: 'deletion_report', period: TODAY.slice(0, 7) }).delete();
  await knex('tasks').whereIn('case', [open.case, shielded.case]).delete();
  await knex('signals').where({ period: PERIOD, partner: corporation }).delete();
  await knex('referrals').whereIn('case', [open.case, shielded.case]).delete();
  await knex('cases').whereIn('id', [open.case, shielded.case]).delete();
  await knex('households').whereIn('id', [open.household, shielded.household]).delete();
  await knex('uploads').whereIn('id', ids.uploads).delete();
  await knex('job_runs').where({ kind: 'cycle-step', period: TODAY.slice(0, 7) }).delete();
  if (preset) await knex('directus_presets').where({ id: preset }).delete();
  await knex('signal_partners').whereIn('id', [corporation, amw].filter(Boolean)).delete();
  await knex.destroy();
});

describe(`npm run cycle -- --step retention (${directus.dbClient})`, () => {
  test('before the scan: the names are really there (rows, revisions, comments, files, storage)', async () => {
    const names = Object.values(EXPIRED);
    const hits = await scanDatabase(names);
    for (const table of ['signals', 'referrals', 'contact_attempts', 'directus_revisions', 'directus_comments', 'directus_files', 'directus_presets', 'uploads', 'source_lists']) expect(hits.join('\n')).toContain(`${table}: `);
    expect((await scanStorage(names)).length).toBeGreaterThan(0);
  });

  test('--dry-run says what it would delete and deletes nothing', async () => {
    const run = await runCycle(['--step', 'retention', '--today', TODAY, '--dry-run']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('Proefrun (stand 10 april 2025): zou');
    expect(run.stdout).toContain('Er is niets verwijderd.');
    expect(await knex('signals').whereIn('id', ids.signals).count({ n: '*' }).first()).toMatchObject({ n: expect.anything() });
    expect(Number(((await knex('signals').whereIn('id', ids.signals).count({ n: '*' }).first()) as { n: unknown }).n)).toBe(ids.signals.length);
  });

  test('two years later nothing of the expired tenants remains anywhere; the open case stays whole', async () => {
    const run = await runCycle(['--step', 'retention', '--today', TODAY]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Bewaartermijnen \(stand 10 april 2025\): \d+ rijen, \d+ bestanden/);
    expect(run.stdout).toContain('Het verwijderrapport staat bij Documenten.');

    expect(await scanDatabase(Object.values(EXPIRED))).toEqual([]);
    expect(await scanStorage(Object.values(EXPIRED))).toEqual([]);

    // The open case: its signal, household, letter and file are all still there.
    expect(await knex('cases').where({ id: open.case }).first()).toBeTruthy();
    expect(await knex('signals').where({ id: open.signal }).first()).toBeTruthy();
    expect(await knex('households').where({ id: open.household }).first()).toBeTruthy();
    expect(await knex('documents').where({ id: open.letter }).first()).toMatchObject({ file: open.file });
    expect((await scanStorage([OPEN])).length).toBe(1);

    // The upload stays with its counts; only its error report is gone.
    expect(await knex('uploads').where({ id: ids.uploads[0] }).first()).toMatchObject({ accepted: 3, rejected: 1, error_report: null });
  });

  test('a deletion report with counts only, and the deletion log with the ids', async () => {
    const report = (await knex('documents').where({ kind: 'deletion_report', period: TODAY.slice(0, 7) }).orderBy('date_created', 'desc').first()) as Row | undefined;
    expect(report).toBeTruthy();
    const summary = String(report!.summary);
    expect(summary).toContain('Verwijderrapport bewaartermijnen, stand 10 april 2025');
    expect(summary).toMatch(/Signalen die niet tot een zaak leidden \(6 maanden\): [1-9]/);
    expect(summary).toMatch(/Afgesloten zaken zonder vervolghulp \(12 maanden\): [1-9]/);
    expect(summary).toMatch(/Afgesloten zaken met vervolghulp \(24 maanden\): [1-9]/);
    expect(summary).toMatch(/- bestanden: [1-9]/);
    expect(Number(report!.rows)).toBeGreaterThanOrEqual(ids.signals.length - 1);

    if (await knex.schema.hasTable('deletion_log')) {
      const logged = (await knex('deletion_log').select('collection', 'item', 'reason')) as Array<{ collection: string; item: string; reason: string }>;
      const has = (collection: string, item: string) => logged.some((row) => row.collection === collection && row.item === item && row.reason === 'retention');
      // Expired by their term: everything but the open cases (kept, shielded or erased on request).
      const notExpired = new Set([open.signal, open.case, open.file, shielded.signal, shielded.case, shielded.file, erased.signal, erased.case, erased.file]);
      for (const id of ids.signals.filter((signalId) => !notExpired.has(signalId))) expect(has('signals', id), id).toBe(true);
      for (const id of ids.cases.filter((caseId) => !notExpired.has(caseId))) expect(has('cases', id), id).toBe(true);
      for (const id of ids.files.filter((file) => !notExpired.has(file))) expect(has('directus_files', id), id).toBe(true);
      expect(has('source_lists', ids.sourceLists[0]!)).toBe(true);
      expect(logged.filter((row) => row.item === open.case || row.item === open.signal)).toEqual([]);
    }
  });

  test('the approved deletion request: the tenant is gone everywhere, partners are to be informed', async () => {
    expect(await scanDatabase([ERASE.surname])).toEqual([]);
    expect(await scanStorage([ERASE.surname])).toEqual([]);
    for (const [table, id] of [['cases', erased.case], ['signals', erased.signal], ['households', erased.household]] as const) expect(await knex(table).where({ id }).first(), table).toBeUndefined();
    const request = (await knex('privacy_requests').where({ id: requests.deletion }).first()) as Row;
    expect(request).toMatchObject({ status: 'done' });
    expect(String(request.result)).toMatch(/^Verwijderd: 1 signaal, 1 zaak, 1 doorverwijzing, 1 contactpoging, 1 document \(1 bestand\), 1 huishouden/);
    const tasks = (await knex('tasks').select('partner', 'kind', 'status', 'description').where('task_key', 'like', `inform_partners:${requests.deletion}:%`)) as Row[];
    expect(tasks.map((task) => Number(task.partner)).sort()).toEqual([corporation, amw].sort());
    expect(tasks.every((task) => task.kind === 'inform_partners' && task.status === 'open' && !String(task.description).includes(ERASE.surname))).toBe(true);
    const logged = (await knex('deletion_log').select('reason').where({ collection: 'cases', item: erased.case })) as Row[];
    expect(logged).toEqual([{ reason: 'erasure' }]);
  });

  test('the approved shielding request: signal, case and household are seen only by the chosen role', async () => {
    for (const [table, id] of [['cases', shielded.case], ['signals', shielded.signal], ['households', shielded.household]] as const) {
      expect(await knex(table).select('shielded_role').where({ id }).first(), table).toEqual({ shielded_role: shieldRole });
    }
    expect(await knex('privacy_requests').select('status').where({ id: requests.shielding }).first()).toEqual({ status: 'done' });
  });

  test('a second run finds nothing more of them, and no request is carried out twice', async () => {
    const run = await runCycle(['--step', 'retention', '--today', TODAY, '--dry-run']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const expiredCases = ids.cases.filter((id) => ![open.case, shielded.case].includes(id));
    expect(expiredCases).toHaveLength(3);
    expect(await knex('cases').whereIn('id', expiredCases).first()).toBeUndefined();
    expect(run.stdout).toContain('Proefrun (stand 10 april 2025)');
    expect(run.stdout).not.toContain('verwijderverzoek');
  });
});
