/**
 * The monthly exports over the real stack (issue 11, item 5), through `npm run cycle` (the
 * worker's job runs the same runCycleStep): `--step feedback` settles the waiting signal and
 * gives each corporation one XLSX with only its own signals, only what it sent plus one of the
 * three decisions, formula-like text neutralised; `--step amw-overview` gives AMW exactly the
 * art. 12.3 columns in priority order, only households whose advance notice was sent. Each
 * file is downloadable at /assets only by its own partner's users, who get a notification;
 * a second run makes no duplicate and tells nobody again; a dry run writes nothing.
 */
import { randomUUID } from 'node:crypto';
import knexFactory, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readExportSheet } from '../../adapters/xlsx/read-export-sheet.ts';
import { AMW_OVERVIEW_COLUMNS } from '../../core/documents/amw-overview-rows.ts';
import { ART_12_3_FIELDS, CORPORATION_FIELDS, FIELD_HEADERS } from '../../core/documents/covenant-fields.ts';
import { FEEDBACK_COLUMNS } from '../../core/documents/feedback-rows.ts';
import { projectKnexConfig } from '../../jobs/db-settings.ts';
import { dbDates } from '../../extensions/src/lib/db-dates.ts';
import { Api, loginAs } from '../support/api.ts';
import { runCycle } from '../support/run-cycle.ts';

const directus = inject('directus');
// A period of its own, far from the demo data and other tests.
const PERIOD = '2043-02';
const FEEDBACK_DAY = '2043-03-04';
const AMW_DAY = '2043-03-11';

let admin: Api;
let corporationA: Api;
let corporationB: Api;
let amw: Api;
let knex: Knex;
const partner = { a: 0, b: 0, amw: 0 };
const users = { a: '', amw: '' };
const caseIds: Record<'municipality' | 'amw' | 'none' | 'amwFirst' | 'amwNoNotice', string> = {} as never;

const cycle = (args: string[]) => runCycle(args, {}, 120_000);

async function create(collection: string, item: Record<string, unknown>): Promise<string> {
  const response = await admin.post<{ id: string }>(`/items/${collection}`, item);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data!.id;
}

const person = (surname: string, extra: Record<string, unknown> = {}) => ({
  initials: 'J.', name_prefix: null, surname, birth_date: '1980-02-29', street: 'Exportstraat', house_number: 7, house_letter: null, house_number_addition: null, postcode: '6001EX', city: 'Weert', phone: '0495-123456', ...extra,
});

/** A signal as intake and enrichment leave it, with enrichment facts the feedback must never show. */
async function signal(partnerId: number, fields: Record<string, unknown>): Promise<string> {
  const id = randomUUID();
  const dates = dbDates(knex);
  await knex('signals').insert({
    id, partner: partnerId, period: PERIOD, status: 'Nog niet opgepakt', months_in_arrears: 2.5, arrears_amount: 1234.56, signal_date: dates.date('2043-02-15'),
    match_status: 'matched', bsn: '999990019', has_benefit: true, benefit_kind: 'Participatiewet', known_at_debt_services: true, date_created: dates.timestamp(new Date('2043-02-15T10:00:00Z')),
    ...person('Standaard'), ...fields,
    birth_date: dates.date(String(fields.birth_date ?? '1980-02-29')),
  });
  return id;
}

type DocumentRow = { id: string; kind: string; partner: number; period: string; file: string; rows: number; summary: string; status: string };
const documentsOf = async (api: Api, kind: string) => (await api.get<DocumentRow[]>(`/items/documents?filter[period][_eq]=${PERIOD}&filter[kind][_eq]=${kind}&fields=id,kind,partner,period,file,rows,summary,status&limit=-1`));
const download = (api: Api, file: string) => fetch(`${directus.url}/assets/${file}?download`, { headers: { authorization: `Bearer ${api.token}` } });
const notificationsOf = async (user: string, subject: string) => (await admin.get<Array<{ id: string; subject: string; message: string; collection: string; item: string }>>(`/notifications?filter[recipient][_eq]=${user}&filter[subject][_eq]=${encodeURIComponent(subject)}&fields=id,subject,message,collection,item&limit=-1`)).body.data!;

beforeAll(async () => {
  admin = await loginAs('admin');
  corporationA = await loginAs('corporation');
  corporationB = await loginAs('corporation_b');
  amw = await loginAs('social_work');
  knex = knexFactory(projectKnexConfig(directus.db));
  partner.a = directus.demo.partners['wonen-limburg']!;
  partner.b = directus.demo.partners['st-joseph']!;
  partner.amw = directus.demo.partners['amw-midden-limburg']!;
  users.a = directus.demo.users.corporation.id;
  users.amw = directus.demo.users.social_work.id;

  const newCase = (route: string, extra: Record<string, unknown> = {}) => create('cases', { period: PERIOD, status: route === 'none' ? 'closed' : 'new', route, reason: 'Test exports', date_matched: '2043-03-02', ...(route === 'none' ? { result: 'Inwoner is overleden', date_closed: '2043-03-02' } : {}), ...extra });
  caseIds.municipality = await newCase('municipality');
  // Ranks that routing (settling the waiting signal) would give them too: the family first.
  caseIds.amw = await newCase('amw', { has_minor_children: false, months_in_arrears: 2.5, arrears_amount: 1234.56, priority: 2 });
  caseIds.none = await newCase('none');
  caseIds.amwFirst = await newCase('amw', { has_minor_children: true, months_in_arrears: 3, arrears_amount: 2000, priority: 1 });
  caseIds.amwNoNotice = await newCase('amw', { has_minor_children: false, months_in_arrears: 1, arrears_amount: 100, priority: 3 });

  // Corporation A: one signal per decision (one with text a spreadsheet would run), and one that waits.
  await signal(partner.a, { case: caseIds.municipality, status: 'Opgepakt', ...person('=HYPERLINK("http://x","klik")', { postcode: '6001AA', phone: '+31 6 1234' }) });
  await signal(partner.a, { case: caseIds.amw, status: 'Opgepakt', ...person('Amw', { postcode: '6001BB', name_prefix: 'van der', house_letter: 'A', house_number_addition: 'bis' }) });
  await signal(partner.a, { case: caseIds.none, status: 'Inwoner is overleden', ...person('Overleden', { postcode: '6001CC' }) });
  await signal(partner.a, { case: null, match_status: 'ambiguous', ...person('Wacht', { postcode: '6001DD' }), arrears_amount: null });
  // Corporation B: one signal.
  await signal(partner.b, { case: caseIds.amw, status: 'Opgepakt', ...person('Van B', { postcode: '6002AA' }) });

  // AMW: three referrals; two households got the advance notice (letters made by the letters step).
  const referral = (caseId: string, priority: number, extra: Record<string, unknown>) => create('referrals', { case: caseId, target: 'amw', partner: partner.amw, status: 'new', period: PERIOD, priority, living_situation: 'alleenstaand', debt_areas: ['Water'], ...extra });
  await referral(caseIds.amw, 2, person('Tweede', { postcode: '6001BB', phone: '@SUM(1+1)' }));
  await referral(caseIds.amwFirst, 1, { ...person('Eerste', { postcode: '6009ZZ' }), living_situation: 'paar met kinderen', debt_areas: ['Energie', 'Zorgverzekering'] });
  await referral(caseIds.amwNoNotice, 3, person('Zonder Brief', { postcode: '6003AA' }));
  for (const caseId of [caseIds.amw, caseIds.amwFirst]) {
    await knex('documents').insert({ id: randomUUID(), kind: 'letter', status: 'ready', case: caseId, period: PERIOD, template_key: 'advance_notice_amw', template_version: 1, letter_key: `test-exports:${caseId}`, date_created: dbDates(knex).timestamp(new Date()) });
  }
}, 60_000);

afterAll(async () => {
  await knex?.destroy();
});

describe(`npm run cycle: feedback (${directus.dbClient})`, () => {
  test('--dry-run says what it would do and writes nothing', async () => {
    const run = await cycle(['--period', PERIOD, '--step', 'feedback', '--today', FEEDBACK_DAY, '--dry-run']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('Proefrun terugkoppeling 2043-02: zou eerst 1 wachtend(e) signaal/signalen afhandelen');
    expect((await documentsOf(admin, 'partner_feedback')).body.data).toEqual([]);
    const waiting = (await knex('signals').where({ period: PERIOD }).whereNull('case').count({ n: '*' }).first()) as { n: number | string };
    expect(Number(waiting.n)).toBe(1);
  });

  test('settles the waiting signal and gives each corporation its own file, read back field by field', async () => {
    const run = await cycle(['--period', PERIOD, '--step', 'feedback', '--today', FEEDBACK_DAY]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('Terugkoppeling 2043-02: 2 bestand(en) (2 nieuw) met samen 5 signaal/signalen');
    expect(run.stdout).toContain('Eerst 1 wachtend(e) signaal/signalen gerouteerd');
    // Personal data stays out of the report and the log.
    expect(run.stdout + run.stderr).not.toMatch(/Overleden|Wacht\b|999990019|HYPERLINK/);

    const all = (await documentsOf(admin, 'partner_feedback')).body.data!;
    expect(all.map((doc) => [doc.partner, doc.rows, doc.status]).sort()).toEqual([[partner.a, 4, 'ready'], [partner.b, 1, 'ready']].sort());
    const ownA = all.find((doc) => doc.partner === partner.a)!;
    expect(ownA.summary).toBe('4 signalen: 2 uitgenodigd door gemeente, 1 uitgenodigd door AMW, 1 niet uitgenodigd.');

    // Corporation A reads only its own document and downloads its file.
    const seen = (await documentsOf(corporationA, 'partner_feedback')).body.data!;
    expect(seen.map((doc) => doc.id)).toEqual([ownA.id]);
    const response = await download(corporationA, ownA.file);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('terugkoppeling-2043-02-');
    const sheet = await readExportSheet(Buffer.from(await response.arrayBuffer()), FEEDBACK_COLUMNS);
    expect(sheet.headers).toEqual([...CORPORATION_FIELDS.map((field) => FIELD_HEADERS[field]), 'Beslissing']);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.formulaCells).toEqual([]);
    const base = { initials: 'J.', name_prefix: null, birth_date: '1980-02-29', street: 'Exportstraat', house_number: 7, house_letter: null, house_number_addition: null, city: 'Weert', phone: '0495-123456', months_in_arrears: 2.5, arrears_amount: 1234.56 };
    expect(sheet.rows).toEqual([
      { ...base, surname: '\'=HYPERLINK("http://x","klik")', postcode: '6001AA', phone: '\'+31 6 1234', decision: 'Uitgenodigd door gemeente' },
      { ...base, surname: 'Amw', name_prefix: 'van der', house_letter: 'A', house_number_addition: 'bis', postcode: '6001BB', decision: 'Uitgenodigd door AMW' },
      { ...base, surname: 'Overleden', postcode: '6001CC', decision: 'Niet uitgenodigd' },
      { ...base, surname: 'Wacht', postcode: '6001DD', arrears_amount: null, decision: 'Uitgenodigd door gemeente' },
    ]);
    // Nothing of the enrichment: no BSN, benefit or debt services in any cell.
    expect(JSON.stringify(sheet.rows)).not.toMatch(/999990019|Participatiewet/);

    // Corporation B's file is B's alone.
    const ownB = all.find((doc) => doc.partner === partner.b)!;
    expect((await download(corporationA, ownB.file)).status).toBe(403);
    expect((await download(corporationB, ownA.file)).status).toBe(403);
    const sheetB = await readExportSheet(Buffer.from(await (await download(corporationB, ownB.file)).arrayBuffer()), FEEDBACK_COLUMNS);
    expect(sheetB.rows.map((row) => [row.surname, row.decision])).toEqual([['Van B', 'Uitgenodigd door AMW']]);

    // AMW reads no feedback and downloads none.
    expect((await documentsOf(amw, 'partner_feedback')).body.data ?? []).toEqual([]);
    expect((await download(amw, ownA.file)).status).toBe(403);

    // A's users got a notification without personal data.
    const notices = await notificationsOf(users.a, 'Terugkoppeling februari 2043 staat klaar');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ collection: 'documents', item: ownA.id });
    expect(notices[0]!.message).not.toMatch(/Wacht|Overleden|Amw/);
  });

  test('a second run makes no duplicate and tells nobody again', async () => {
    const before = (await documentsOf(admin, 'partner_feedback')).body.data!;
    const run = await cycle(['--period', PERIOD, '--step', 'feedback', '--today', '2043-03-05']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('2 ongewijzigd');
    const after = (await documentsOf(admin, 'partner_feedback')).body.data!;
    expect(after.map((doc) => [doc.id, doc.file]).sort()).toEqual(before.map((doc) => [doc.id, doc.file]).sort());
    expect(await notificationsOf(users.a, 'Terugkoppeling februari 2043 staat klaar')).toHaveLength(1);
  });
});

describe(`npm run cycle: feedback after a change (${directus.dbClient})`, () => {
  test('a changed decision replaces the file in the same document, deletes the old file and tells the users once more', async () => {
    const before = (await documentsOf(admin, 'partner_feedback')).body.data!.find((doc) => doc.partner === partner.a)!;
    // Staff found the tenant of the AMW signal was not a resident after all: the feedback must follow.
    await knex('signals').update({ status: 'Persoon is geen inwoner (meer) in de gemeente' }).where({ period: PERIOD, partner: partner.a, surname: 'Amw' });
    const run = await cycle(['--period', PERIOD, '--step', 'feedback', '--today', '2043-03-06']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('2 bestand(en) (1 bijgewerkt, 1 ongewijzigd (al eerder gemaakt))');
    const after = (await documentsOf(admin, 'partner_feedback')).body.data!.filter((doc) => doc.partner === partner.a);
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(before.id);
    expect(after[0]!.file).not.toBe(before.file);
    expect(after[0]!.summary).toBe('4 signalen: 2 uitgenodigd door gemeente, 0 uitgenodigd door AMW, 2 niet uitgenodigd.');
    expect([403, 404]).toContain((await download(corporationA, before.file)).status);
    expect((await download(corporationA, after[0]!.file)).status).toBe(200);
    expect(await notificationsOf(users.a, 'Terugkoppeling februari 2043 staat klaar (bijgewerkt)')).toHaveLength(1);
  });
});

describe(`npm run cycle: amw-overview document (${directus.dbClient})`, () => {
  test('exactly the art. 12.3 columns in priority order, only households with the advance notice; only AMW reads it', async () => {
    // The household without the advance notice is not released (letters helper's gating) and so not in the file.
    const run = await cycle(['--period', PERIOD, '--step', 'amw-overview', '--today', AMW_DAY]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('Overzicht voor AMW: 1 bestand(en) met samen 2 huishouden(s)');

    const docs = (await documentsOf(amw, 'amw_overview')).body.data!;
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ partner: partner.amw, rows: 2, summary: '2 huishoudens op prioriteit. Niet opgenomen: 1 nog niet vrijgegeven.' });
    const response = await download(amw, docs[0]!.file);
    expect(response.status).toBe(200);
    const sheet = await readExportSheet(Buffer.from(await response.arrayBuffer()), AMW_OVERVIEW_COLUMNS);
    expect(sheet.headers).toEqual(ART_12_3_FIELDS.map((field) => FIELD_HEADERS[field]));
    expect(sheet.formulaCells).toEqual([]);
    const base = { initials: 'J.', name_prefix: null, birth_date: '1980-02-29', street: 'Exportstraat', house_number: 7, house_letter: null, house_number_addition: null, city: 'Weert', phone: '0495-123456' };
    expect(sheet.rows).toEqual([
      { ...base, surname: 'Eerste', postcode: '6009ZZ', living_situation: 'Paar met kinderen', debt_areas: 'Energie, Zorgverzekering' },
      { ...base, surname: 'Tweede', postcode: '6001BB', phone: '\'@SUM(1+1)', living_situation: 'Alleenstaand', debt_areas: 'Water' },
    ]);

    // The corporations neither see nor download it.
    expect((await documentsOf(corporationA, 'amw_overview')).body.data ?? []).toEqual([]);
    expect((await download(corporationA, docs[0]!.file)).status).toBe(403);
    expect(await notificationsOf(users.amw, 'Overzicht AMW februari 2043 staat klaar')).toHaveLength(1);

    const again = await cycle(['--period', PERIOD, '--step', 'amw-overview', '--today', '2043-03-12']);
    expect(again.status, again.stdout + again.stderr).toBe(0);
    expect((await documentsOf(admin, 'amw_overview')).body.data!.map((doc) => doc.file)).toEqual([docs[0]!.file]);
    expect(await notificationsOf(users.amw, 'Overzicht AMW februari 2043 staat klaar')).toHaveLength(1);
  });
});
