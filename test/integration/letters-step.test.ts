/**
 * The `letters` step over the real stack, through `npm run cycle` (the worker's job runs the
 * same runCycleStep): a period with decided cases of the three kinds (invitation by the
 * municipality, advance notice of AMW, privacy information) and one undecided signal. One PDF
 * per household attached to its case, one post-room PDF in postcode order, read back from
 * Directus (/assets) with page count and text; a second run makes nothing; a re-issue request
 * makes one new letter; a dry run writes nothing; AMW gets a referral only after the advance
 * notice went out.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import knexFactory, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { pdfPageCount, pdfPageTexts } from '../../adapters/pdf/pdf-text.ts';
import { readDefaultTemplates } from '../../adapters/templates/default-templates.ts';
import { projectKnexConfig } from '../../jobs/db-settings.ts';
import { fromRoot } from '../../scripts/lib/project-paths.ts';
import { Api, loginAs } from '../support/api.ts';
import { dbEnv } from '../support/workers.ts';

const directus = inject('directus');
// A period of its own, far from the demo data and other tests.
const PERIOD = '2043-05';
const TODAY = '2043-06-03';

type Row = Record<string, unknown>;
let admin: Api;
let staff: Api;
let knex: Knex;
let corporation: number;
let amwPartner: number;
let settingsBefore: Row = {};
const households: string[] = [];
const cases: Record<'invitation' | 'amw' | 'none', string> = {} as never;
let amwReferral = '';
let undecidedSignal = '';

// Postcode order: AMW household (6001), invitation (6002), privacy (6003); the undecided one (6000) gets nothing.
const TENANTS = {
  amw: [
    // The heavier arrears: the letter is addressed to this tenant.
    { initials: 'K.', name_prefix: "'t", surname: 'Hartbrief', birth_date: '1975-03-02', street: 'Molenstraat', house_number: 3, postcode: '6001AA', city: 'Weert', months_in_arrears: 3 },
    { initials: 'L.', name_prefix: null, surname: 'Hartpartner', birth_date: '1977-08-09', street: 'Molenstraat', house_number: 3, postcode: '6001AA', city: 'Weert' },
  ],
  invitation: [{ initials: 'A.M.', name_prefix: 'van der', surname: 'Bergbrief', birth_date: '1970-05-01', street: 'Beekstraat', house_number: 12, postcode: '6002BB', city: 'Weert' }],
  none: [{ initials: 'R.', name_prefix: null, surname: 'Öztürkbrief', birth_date: '1988-11-30', street: 'Sint Willibrordusstraat', house_number: 8, postcode: '6003CC', city: 'Stramproy' }],
  undecided: [{ initials: 'W.', name_prefix: null, surname: 'Wachtbrief', birth_date: '1990-01-01', street: 'Markt', house_number: 1, postcode: '6000AA', city: 'Weert' }],
};

function cycle(args: string[]) {
  return spawnSync(process.execPath, [fromRoot('node_modules/tsx/dist/cli.mjs'), fromRoot('scripts/cycle.ts'), ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NODE_ENV: 'test', ...dbEnv(directus.db), DIRECTUS_URL: directus.url, WORKER_TOKEN: directus.workerToken },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

function data<T>(response: { status: number; body: { data?: unknown; errors?: unknown } }): T {
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data as T;
}

async function household(tenants: ReadonlyArray<{ street: string; house_number: number; postcode: string; city: string } & Row>, route: 'amw' | 'municipality' | 'none' | null, extra: Row = {}): Promise<{ household: string; caseId: string | null; signals: string[] }> {
  const first = tenants[0]!;
  const id = data<{ id: string }>(await admin.post('/items/households', { address_key: `LT-${randomUUID()}`, address: `${first.street} ${first.house_number}, ${first.postcode} ${first.city}` })).id;
  households.push(id);
  const caseId = route
    ? data<{ id: string }>(await admin.post('/items/cases', { household: id, period: PERIOD, status: 'new', route, rule_route: route, decided_by_rule: 'huurschuld-convenant@1', reason: 'Test: zoals de regel besliste.', priority: 1, months_in_arrears: 2, date_matched: '2043-06-02', ...extra })).id
    : null;
  const signals: string[] = [];
  for (const tenant of tenants) {
    signals.push(data<{ id: string }>(await admin.post('/items/signals', { partner: corporation, period: PERIOD, signal_date: '2043-05-30', months_in_arrears: 2, arrears_amount: 900, ...tenant, household: id, case: caseId })).id);
  }
  return { household: id, caseId, signals };
}

type DocumentRow = { id: string; kind: string; status: string; case: string | null; household: string | null; period: string; template_key: string | null; template_version: number | null; letter_key: string | null; file: string | null; rows: number | null; summary: string | null; reissue_of: string | null };
async function documentsOf(): Promise<DocumentRow[]> {
  return (await knex('documents').select('id', 'kind', 'status', 'case', 'household', 'period', 'template_key', 'template_version', 'letter_key', 'file', 'rows', 'summary', 'reissue_of').where({ period: PERIOD }).orWhereIn('case', Object.values(cases)).orderBy('date_created')) as DocumentRow[];
}

async function download(fileId: string): Promise<Buffer> {
  const response = await fetch(`${directus.url}/assets/${fileId}?download`, { headers: { authorization: `Bearer ${admin.token}` } });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

beforeAll(async () => {
  admin = await loginAs('admin');
  staff = await loginAs('debt_services');
  knex = knexFactory(projectKnexConfig(directus.db));
  // The default templates, as seeding puts them (when seeding already did, nothing changes).
  for (const template of await readDefaultTemplates()) {
    if (!(await knex('templates').where({ key: template.key }).first())) await knex('templates').insert({ key: template.key, name: template.name, kind: template.kind, description: template.description, source: template.source, active: true, version: 1 });
  }
  settingsBefore = data<Row>(await admin.get('/items/app_settings'));
  data(await admin.patch('/items/app_settings', {
    sender_name: 'Team Schulddienstverlening', return_address: 'Postbus 950, 6000 AZ Weert', visiting_address: 'Wilhelminasingel 101, 6001 GS Weert', contact_phone: '14 0495',
    contact_email: 'schulddienstverlening@weert.example', signatory_name: 'M. Janssen', signatory_role: 'coördinator Schulddienstverlening', letter_footer: 'Gemeente Weert',
    default_talk_place: 'Stadhuis Weert', default_talk_address: 'Wilhelminasingel 101, 6001 GS Weert',
  }));
  corporation = data<{ id: number }>(await admin.post('/items/signal_partners', { code: `lt-${randomUUID().slice(0, 8)}`, name: 'Briefcorporatie', partner_type: 'Huur', organisation_role: 'signal_partner' })).id;
  amwPartner = data<{ id: number }>(await admin.post('/items/signal_partners', { code: `lt-amw-${randomUUID().slice(0, 8)}`, name: 'AMW Brieftest', partner_type: 'Overige', organisation_role: 'social_work', contact_phone: '0495 123 456', active: false })).id;

  const users = directus.demo.users;
  cases.invitation = (await household(TENANTS.invitation, 'municipality', { talk_at: '2043-06-15T09:30:00.000Z', regisseur_sdv: users.debt_services.id, regisseur_participatie: users.functional_admin.id })).caseId!;
  cases.amw = (await household(TENANTS.amw, 'amw')).caseId!;
  cases.none = (await household(TENANTS.none, 'none')).caseId!;
  undecidedSignal = (await household(TENANTS.undecided, null)).signals[0]!;
  const tenant = TENANTS.amw[0]!;
  amwReferral = data<{ id: string }>(await admin.post('/items/referrals', { ...tenant, case: cases.amw, target: 'amw', partner: amwPartner, period: PERIOD, status: 'new', priority: 1, months_in_arrears: 2 })).id;
});

afterAll(async () => {
  if (!knex) return;
  const documents = await documentsOf().catch(() => []);
  for (const file of documents.map((row) => row.file).filter((id): id is string => Boolean(id))) await admin.delete(`/files/${file}`);
  await knex('documents').whereIn('id', documents.map((row) => row.id)).delete();
  await knex('referrals').whereIn('case', Object.values(cases)).delete();
  await knex('signals').where({ period: PERIOD }).delete();
  await knex('cases').whereIn('id', Object.values(cases)).delete();
  await knex('households').whereIn('id', households).delete();
  await knex('job_runs').where({ period: PERIOD }).delete();
  await knex('signal_partners').whereIn('id', [corporation, amwPartner].filter(Boolean)).delete();
  const restore = Object.fromEntries(['sender_name', 'return_address', 'visiting_address', 'contact_phone', 'contact_email', 'signatory_name', 'signatory_role', 'letter_footer', 'default_talk_place', 'default_talk_address'].map((field) => [field, settingsBefore[field] ?? null]));
  await admin.patch('/items/app_settings', restore);
  await knex.destroy();
});

describe(`npm run cycle: letters (${directus.dbClient})`, () => {
  test('--dry-run says what it would make and writes nothing', async () => {
    const run = cycle(['--period', PERIOD, '--step', 'letters', '--today', TODAY, '--dry-run']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('Proefrun: zou 3 brieven maken');
    expect(run.stdout).toContain('1 uitnodiging gemeente, 1 vooraankondiging AMW, 1 informatiebrief');
    expect(run.stdout).toContain('1 nog niet beslist');
    expect(run.stdout).toContain('Er is niets opgeslagen.');
    expect(await documentsOf()).toEqual([]);
    expect(await knex('job_runs').where({ period: PERIOD })).toEqual([]);
  });

  test('AMW gets no referral before the advance notice went out', async () => {
    const run = cycle(['--period', PERIOD, '--step', 'amw-overview', '--today', '2043-06-02']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('de vooraankondiging is nog niet verstuurd');
    expect((await knex('referrals').select('date_sent').where({ id: amwReferral }).first()).date_sent).toBeNull();
  });

  test('one PDF per household attached to its case, and one post-room PDF in postcode order', async () => {
    const run = cycle(['--period', PERIOD, '--step', 'letters', '--today', TODAY]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('3 brieven voor mei 2043: 1 uitnodiging gemeente, 1 vooraankondiging AMW, 1 informatiebrief.');
    expect(run.stdout).toContain('Niet gemaakt: 1 nog niet beslist');
    // Counts only: no tenant's name in the report.
    for (const tenant of Object.values(TENANTS).flat()) expect(run.stdout + run.stderr).not.toContain(tenant.surname);

    const documents = await documentsOf();
    const letters = documents.filter((row) => row.kind === 'letter');
    expect(letters.map((row) => [row.case, row.template_key]).sort()).toEqual(
      [[cases.amw, 'advance_notice_amw'], [cases.invitation, 'invitation_municipality'], [cases.none, 'privacy_information']].sort(),
    );
    for (const letter of letters) {
      expect(letter).toMatchObject({ status: 'ready', period: PERIOD, template_version: 1 });
      expect(letter.household).toBeTruthy();
      expect(letter.file).toBeTruthy();
      expect(letter.letter_key).toMatch(new RegExp(`^${PERIOD}:LT-.+:${letter.template_key}$`));
    }
    const pdfOf = async (caseId: string) => await download(letters.find((row) => row.case === caseId)!.file!);
    const amwText = pdfPageTexts(await pdfOf(cases.amw)).join('\n');
    expect(amwText).toContain('Hartbrief');
    expect(amwText).toContain('AMW Brieftest');
    expect(amwText).not.toContain('Bergbrief');
    const invitation = await pdfOf(cases.invitation);
    const invitationText = pdfPageTexts(invitation).join('\n');
    expect(invitationText).toContain('Bergbrief');
    // 09:30 UTC in June is 11:30 in Weert; the place is the default one.
    expect(invitationText).toContain('11.30 uur');
    expect(invitationText).toContain('Stadhuis Weert');
    expect(pdfPageTexts(await pdfOf(cases.none)).join('\n')).toContain('Öztürkbrief');

    const batches = documents.filter((row) => row.kind === 'letter_batch');
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({ status: 'ready', period: PERIOD, rows: 3, case: null });
    expect(batches[0]!.summary).toBe('Printbestand voor de postkamer: 3 brieven voor mei 2043, op volgorde van postcode.');
    const batch = await download(batches[0]!.file!);
    let expectedPages = 0;
    for (const letter of letters) {
      const pages = pdfPageCount(await download(letter.file!));
      expectedPages += pages + (pages % 2);
    }
    expect(pdfPageCount(batch)).toBe(expectedPages);
    const batchText = pdfPageTexts(batch).join('\n');
    const order = ['Hartbrief', 'Bergbrief', 'Öztürkbrief'].map((name) => batchText.indexOf(name));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(batchText).not.toContain('Wachtbrief');
    expect(documents.some((row) => row.case === null && row.kind === 'letter')).toBe(false);
    expect((await knex('signals').select('case').where({ id: undecidedSignal }).first()).case).toBeNull();
  });

  test('a second run makes nothing', async () => {
    const before = await documentsOf();
    const run = cycle(['--period', PERIOD, '--step', 'letters', '--today', '2043-06-04']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('Geen nieuwe brieven voor mei 2043.');
    expect(run.stdout).toContain('3 al gemaakt');
    expect(await documentsOf()).toEqual(before);
  });

  test('after the letters, AMW gets the referral', async () => {
    const run = cycle(['--period', PERIOD, '--step', 'amw-overview', '--today', '2043-06-11']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('1 doorverwijzing van 2043-05 vrijgegeven aan AMW');
    expect((await knex('referrals').select('date_sent').where({ id: amwReferral }).first()).date_sent).not.toBeNull();
  });

  test('a re-issue request with a reason makes one new letter, once', async () => {
    const original = (await documentsOf()).find((row) => row.kind === 'letter' && row.case === cases.invitation)!;
    const request = data<{ id: string }>(await staff.post('/items/documents', { kind: 'letter', status: 'requested', case: cases.invitation, reissue_of: original.id, reissue_reason: 'Afspraak verzet op verzoek van de huurder' })).id;
    const run = cycle(['--period', PERIOD, '--step', 'letters', '--today', '2043-06-05']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('1 brief voor mei 2043: 1 uitnodiging gemeente (waarvan 1 heruitgave).');
    const documents = await documentsOf();
    const fulfilled = documents.find((row) => row.id === request)!;
    expect(fulfilled).toMatchObject({ kind: 'letter', status: 'ready', case: cases.invitation, template_key: 'invitation_municipality', reissue_of: original.id, letter_key: `${original.letter_key}:reissue:${request}` });
    expect(pdfPageTexts(await download(fulfilled.file!)).join('\n')).toContain('Bergbrief');
    const batches = documents.filter((row) => row.kind === 'letter_batch');
    expect(batches).toHaveLength(2);
    expect(batches.at(-1)).toMatchObject({ rows: 1 });
    expect(pdfPageTexts(await download(batches.at(-1)!.file!)).join('\n')).toContain('Bergbrief');

    const again = cycle(['--period', PERIOD, '--step', 'letters', '--today', '2043-06-06']);
    expect(again.status, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toContain('Geen nieuwe brieven voor mei 2043.');
    expect(await documentsOf()).toHaveLength(documents.length);
  });

  test('a letter stored by a run that broke off before its post-room PDF goes into the next run\'s', async () => {
    // As if the re-issue run had stopped after storing its letter: its batch is not there.
    const last = (await documentsOf()).filter((row) => row.kind === 'letter_batch').at(-1)!;
    await admin.delete(`/files/${last.file}`);
    await knex('documents').where({ id: last.id }).delete();
    const run = cycle(['--period', PERIOD, '--step', 'letters', '--today', '2043-06-07']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('Geen nieuwe brieven voor mei 2043.');
    expect(run.stdout).toContain('1 brief van een eerder afgebroken run staat nu ook in dit printbestand.');
    const batch = (await documentsOf()).filter((row) => row.kind === 'letter_batch').at(-1)!;
    expect(batch.id).not.toBe(last.id);
    expect(batch.rows).toBe(1);
    expect(pdfPageTexts(await download(batch.file!)).join('\n')).toContain('Bergbrief');
    // And only once.
    const again = cycle(['--period', PERIOD, '--step', 'letters', '--today', '2043-06-08']);
    expect(again.stdout).not.toContain('afgebroken');
    expect((await documentsOf()).filter((row) => row.kind === 'letter_batch')).toHaveLength(2);
  });

  test('a re-issue request that names only the earlier letter is made for that letter\'s case', async () => {
    const original = (await documentsOf()).find((row) => row.kind === 'letter' && row.case === cases.none)!;
    const request = data<{ id: string }>(await staff.post('/items/documents', { kind: 'letter', status: 'requested', reissue_of: original.id, reissue_reason: 'Brief kwam retour, adres gecorrigeerd' })).id;
    const run = cycle(['--period', PERIOD, '--step', 'letters', '--today', '2043-06-09']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('1 brief voor mei 2043: 1 informatiebrief (waarvan 1 heruitgave).');
    expect((await documentsOf()).find((row) => row.id === request)).toMatchObject({ status: 'ready', case: cases.none, template_key: 'privacy_information', reissue_of: original.id });
  });
});
