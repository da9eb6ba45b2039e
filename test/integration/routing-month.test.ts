/**
 * A whole month of the covenant on the real stack (issue 9): uploads from both corporations →
 * enrichment against the local BRP → benefits, debt-services and water lists → routing with
 * `npm run cycle -- --step route` → cases, referrals and tasks; then a second month whose
 * repeat signals join the open cases. Periods of its own, far from other tests; the source
 * lists it loads are deleted afterwards (a newer list of a kind would refuse other tests' lists).
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import knexFactory, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loadTestset, testsetBrpPerson } from '../../adapters/brp/testset.ts';
import type { BrpPerson } from '../../core/brp/brp-person.ts';
import { ageOn } from '../../core/household/age-on.ts';
import { projectKnexConfig } from '../../jobs/db-settings.ts';
import { fromRoot } from '../../scripts/lib/project-paths.ts';
import { Api, loginAs } from '../support/api.ts';
import { startProjectWorker } from '../support/project-worker.ts';
import { submitUpload, uploadFile } from '../support/uploads.ts';
import { dbEnv, type TestWorker } from '../support/workers.ts';

const directus = inject('directus');
const MONTH_1 = '2035-01';
const MONTH_2 = '2035-02';
const today = new Date().toISOString().slice(0, 10);

let admin: Api;
let staff: Api;
let worker: TestWorker;
let knex: Knex;
let persons: BrpPerson[];
const lists: string[] = [];

const sameAddress = (a: BrpPerson, b: BrpPerson) =>
  a.address?.postcode === b.address?.postcode && a.address?.house_number === b.address?.house_number && (a.address?.house_letter ?? '') === (b.address?.house_letter ?? '') && (a.address?.house_number_addition ?? '') === (b.address?.house_number_addition ?? '');
const residentsOf = (p: BrpPerson) => persons.filter((o) => !o.deceased && sameAddress(o, p));
const usable = (p: BrpPerson) =>
  !p.deceased && p.initials && p.surname && /^\d{4}-\d{2}-\d{2}$/.test(p.birth_date ?? '') && /^[1-9]\d{3}[A-Z]{2}$/.test(p.address?.postcode ?? '') && p.address?.house_number && p.address.street && /^[\p{L} '-]+$/u.test(p.surname) && (ageOn(p.birth_date, today) ?? 0) >= 18 &&
  residentsOf(p).filter((o) => o.surname === p.surname && o.birth_date === p.birth_date).length === 1;

function row(p: BrpPerson, months: number, amount: number, over: { initials?: string; birth_date?: string } = {}) {
  const [y, m, d] = (over.birth_date ?? p.birth_date!).split('-');
  const a = p.address!;
  const number = `${a.house_number}${a.house_letter ?? ''}${a.house_number_addition ? `-${a.house_number_addition}` : ''}`;
  return [over.initials ?? p.initials, p.name_prefix ?? '', p.surname, `${d}-${m}-${y}`, `${a.street} ${number}`, a.postcode, a.city ?? 'Onbekend', String(months).replace('.', ','), String(amount)].join(';');
}
const HEADER = 'Voorletters;Tussenvoegsel;Achternaam;Geboortedatum;Adres;Postcode;Woonplaats;Maanden achterstand;Bedrag';

function cycle(args: string[]) {
  return spawnSync(process.execPath, [fromRoot('node_modules/tsx/dist/cli.mjs'), fromRoot('scripts/cycle.ts'), ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NODE_ENV: 'test', ...dbEnv(directus.db), DIRECTUS_URL: directus.url, WORKER_TOKEN: directus.workerToken },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

async function submitSourceList(kind: string, referenceDate: string, csv: string) {
  const file = await uploadFile(staff, `${kind}.csv`, csv);
  const created = await staff.post<{ id: string }>('/items/source_lists', { kind, reference_date: referenceDate, file });
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  lists.push(created.body.data!.id);
  for (let i = 0; i < 150; i++) {
    const list = (await staff.get<Record<string, unknown>>(`/items/source_lists/${created.body.data!.id}`)).body.data!;
    if (list.status === 'processed' || list.status === 'refused') return list;
    await sleep(200);
  }
  throw new Error('source list not processed in time');
}

async function enriched(period: string, count: number) {
  for (let i = 0; i < 300; i++) {
    const rows = (await admin.get<Array<Record<string, unknown>>>(`/items/signals?filter[period][_eq]=${period}&limit=-1&fields=id,bsn,surname,initials,match_status,household,case,status,route_trace`)).body.data!;
    if (rows.length === count && rows.every((s) => !['pending', 'waiting'].includes(String(s.match_status)))) return rows;
    await sleep(200);
  }
  throw new Error(`signals of ${period} not enriched in time`);
}

type Row = Record<string, unknown>;
const casesOf = async (period: string) => (await admin.get<Row[]>(`/items/cases?filter[period][_eq]=${period}&limit=-1&sort=priority&fields=*,household.address_key,signals.id,signals.bsn`)).body.data!;
const signalsOf = async (period: string) => (await admin.get<Row[]>(`/items/signals?filter[period][_eq]=${period}&limit=-1&fields=id,bsn,initials,case,status,route_trace,routed_at`)).body.data!;
const tasksOfCase = async (id: string) => (await admin.get<Row[]>(`/items/tasks?filter[case][_eq]=${id}&limit=-1`)).body.data!;
const referralsOf = async (period: string) => (await admin.get<Row[]>(`/items/referrals?filter[period][_eq]=${period}&limit=-1`)).body.data!;
async function everything(period: string) {
  const cases = await casesOf(period);
  return { cases, signals: await signalsOf(period), referrals: await referralsOf(period), tasks: (await admin.get<Row[]>(`/items/tasks?filter[period][_eq]=${period}&limit=-1`)).body.data! };
}

let family: BrpPerson; // minor children, Participatiewet → municipality, rank 1
let single: BrpPerson; // no benefit, water arrears → AMW with debt area Water
let known: BrpPerson; // known at debt services, no benefit → AMW + inform the case manager
let doubtful: BrpPerson; // sent with wrong initials: waits for the review, then the municipality
let couple: [BrpPerson, BrpPerson]; // two adults at one address, one per corporation → one case

beforeAll(async () => {
  worker = await startProjectWorker();
  admin = await loginAs('admin');
  staff = await loginAs('debt_services');
  knex = knexFactory(projectKnexConfig(directus.db));
  persons = (await loadTestset()).map(testsetBrpPerson);
  // From the end of the test set: other tests pick from its start.
  const pool = persons.filter(usable).reverse();
  const taken: BrpPerson[] = [];
  const pick = (test: (p: BrpPerson) => boolean) => {
    const found = pool.find((p) => test(p) && !taken.some((t) => sameAddress(t, p)));
    if (!found) throw new Error('no suitable test person');
    taken.push(found);
    return found;
  };
  family = pick((p) => residentsOf(p).length <= 6 && residentsOf(p).some((o) => (ageOn(o.birth_date, today) ?? 99) < 18));
  single = pick((p) => residentsOf(p).length === 1);
  known = pick((p) => residentsOf(p).length === 1);
  doubtful = pick((p) => residentsOf(p).length >= 2 && residentsOf(p).every((o) => (ageOn(o.birth_date, today) ?? 0) >= 18));
  const first = pick((p) => residentsOf(p).filter((o) => usable(o)).length >= 2 && residentsOf(p).every((o) => (ageOn(o.birth_date, today) ?? 0) >= 18));
  couple = [first, residentsOf(first).find((o) => o.bsn !== first.bsn && usable(o))!];
}, 60_000);

afterAll(async () => {
  for (const id of lists) await admin.delete(`/items/source_lists/${id}`);
  await worker?.stop();
  await knex?.destroy();
});

describe(`a month of routing and casework (${directus.dbClient})`, () => {
  let month1: Awaited<ReturnType<typeof everything>>;

  test('both corporations upload, the signals are enriched, the lists come in', async () => {
    const wonen = await submitUpload(staff, 'wonen-limburg.csv', [HEADER, row(family, 2, 1400), row(single, 1, 650), row(known, 2, 900), row(doubtful, 2, 700, { initials: 'X.Q.' }), row(couple[0], 1.5, 500)].join('\n'), MONTH_1, { partner: directus.demo.partners['wonen-limburg'] });
    expect(wonen).toMatchObject({ status: 'processed', accepted: 5 });
    const joseph = await submitUpload(staff, 'st-joseph.csv', [HEADER, row(couple[1], 3, 1100)].join('\n'), MONTH_1, { partner: directus.demo.partners['st-joseph'] });
    expect(joseph).toMatchObject({ status: 'processed', accepted: 1 });
    const signals = await enriched(MONTH_1, 6);
    expect(signals.filter((s) => s.match_status === 'matched').map((s) => s.bsn).sort()).toEqual([family, single, known, ...couple].map((p) => p.bsn).sort());
    expect(signals.find((s) => s.initials === 'X.Q.')?.match_status).toBe('ambiguous');

    expect(await submitSourceList('benefits', '2035-02-01', `BSN;Soort uitkering\n${family.bsn};Participatiewet\n`)).toMatchObject({ status: 'processed', matched: 1 });
    expect(await submitSourceList('debt_services', '2035-02-01', `BSN\n${known.bsn}\n`)).toMatchObject({ status: 'processed', matched: 1 });
    expect(await submitSourceList('water', '2035-02-01', `BSN\n${single.bsn}\n`)).toMatchObject({ status: 'processed', matched: 1 });
  });

  test('--dry-run prints the decisions and writes nothing', async () => {
    const run = cycle(['--period', MONTH_1, '--step', 'route', '--today', '2035-02-03', '--dry-run']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('Proefrun routering 2035-01: zou 4 nieuwe zaak/zaken maken');
    expect(run.stdout).toContain('Uitkering Participatiewet volgens de uitkeringslijst van 1 februari 2035 → uitnodiging gemeente');
    expect(await casesOf(MONTH_1)).toEqual([]);
    expect((await signalsOf(MONTH_1)).every((s) => s.case === null && s.routed_at === null)).toBe(true);
  });

  test('routing decides every settled household by the covenant, in priority order, and explains it', async () => {
    const run = cycle(['--period', MONTH_1, '--step', 'route', '--today', '2035-02-03']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('1 naar de gemeente, 3 naar AMW, 0 niet uitnodigen, 0 signaal/signalen bij een bestaande zaak, 1 wachten (op de BRP-koppeling of een uitkeringslijst); 3 doorverwijzing(en) voor AMW en 2 ta(a)k(en) klaargezet');
    month1 = await everything(MONTH_1);
    const caseOf = (p: BrpPerson) => month1.cases.find((c) => (c.signals as Row[]).some((s) => s.bsn === p.bsn))!;

    expect(month1.cases).toHaveLength(4);
    expect(caseOf(family)).toMatchObject({ route: 'municipality', rule_route: 'municipality', status: 'new', priority: 1, has_minor_children: true, decided_by_rule: 'huurschuld-convenant@1' });
    expect(caseOf(family).reason).toBe('Uitkering Participatiewet volgens de uitkeringslijst van 1 februari 2035 → uitnodiging gemeente (regisseur schulddienstverlening en regisseur participatie) (regel huurschuld-convenant v1, geen minimum)');
    expect(caseOf(single)).toMatchObject({ route: 'amw', status: 'new' });
    expect(caseOf(known)).toMatchObject({ route: 'amw', status: 'new' });
    // Two corporations, one household: one case with both signals, the higher months and the summed amount.
    expect(caseOf(couple[0]).id).toBe(caseOf(couple[1]).id);
    expect(caseOf(couple[0])).toMatchObject({ route: 'amw' });
    expect(Number(caseOf(couple[0]).months_in_arrears)).toBe(3);
    expect(Number(caseOf(couple[0]).arrears_amount)).toBe(1600);
    // Priority: children first, then months (couple 3 > known 2 > single 1).
    expect(month1.cases.map((c) => c.id)).toEqual([caseOf(family), caseOf(couple[0]), caseOf(known), caseOf(single)].map((c) => c.id));
    expect(month1.cases.map((c) => c.priority)).toEqual([1, 2, 3, 4]);

    expect((await tasksOfCase(String(caseOf(family).id))).map((t) => [t.kind, t.status])).toEqual([['rent_withholding', 'open']]);
    expect((await tasksOfCase(String(caseOf(known).id))).map((t) => t.kind)).toEqual(['inform_case_manager']);
    expect(await tasksOfCase(String(caseOf(single).id))).toEqual([]);

    const amw = directus.demo.partners['amw-midden-limburg'];
    const referralOf = (p: BrpPerson) => month1.referrals.find((r) => r.case === caseOf(p).id)!;
    expect(month1.referrals).toHaveLength(3);
    expect(referralOf(single)).toMatchObject({ target: 'amw', partner: amw, status: 'new', surname: single.surname, postcode: single.address!.postcode, debt_areas: ['Water'], living_situation: 'alleenstaand', priority: 4, date_sent: null });
    expect(referralOf(known).debt_areas).toEqual([]);

    const bySignal = (p: BrpPerson) => month1.signals.find((s) => s.bsn === p.bsn)!;
    expect(bySignal(family)).toMatchObject({ status: 'Opgepakt', case: caseOf(family).id });
    expect(String(bySignal(known).route_trace)).toMatch(/bekend bij schulddienstverlening volgens de klantenlijst schulddienstverlening van 1 februari 2035 \(art\. 6\.1\.4/);
    const waiting = month1.signals.find((s) => s.initials === 'X.Q.')!;
    expect(waiting).toMatchObject({ case: null, status: 'Nog niet opgepakt' });
    expect(String(waiting.route_trace)).toMatch(/Wacht op de BRP-koppeling \(meerdere kandidaten in de BRP\).*uiterlijk 9 februari 2035 naar de gemeente/);
  });

  test('a second run changes nothing', async () => {
    const run = cycle(['--period', MONTH_1, '--step', 'route', '--today', '2035-02-03']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('geen nieuwe signalen om te routeren (1 wachten op de BRP-koppeling of een uitkeringslijst)');
    expect(await everything(MONTH_1)).toEqual(month1);
  });

  test('at the feedback deadline the unsettled signal goes to the municipality, never to AMW', async () => {
    const run = cycle(['--period', MONTH_1, '--step', 'route', '--today', '2035-02-09']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const signal = (await signalsOf(MONTH_1)).find((s) => s.initials === 'X.Q.')!;
    const item = (await casesOf(MONTH_1)).find((c) => c.id === signal.case)!;
    // 2 months and € 700: after the known client (2 months, € 900), before the single tenant (1 month).
    expect(item).toMatchObject({ route: 'municipality', status: 'new', priority: 4 });
    expect(String(item.reason)).toMatch(/BRP-koppeling niet vastgesteld vóór de terugkoppeling \(meerdere kandidaten in de BRP\); zonder uitkeringscontrole niet naar AMW/);
    const referrals = await referralsOf(MONTH_1);
    expect(referrals).toHaveLength(3);
    // The period's ranks moved up by one behind it, on the case and on its referral alike.
    const singleCase = (await casesOf(MONTH_1)).find((c) => (c.signals as Row[]).some((s) => s.bsn === single.bsn))!;
    expect(singleCase.priority).toBe(5);
    expect(referrals.find((r) => r.case === singleCase.id)!.priority).toBe(5);
  });

  test('on the 11th AMW receives its referrals: only the art. 12.3 fields, first priority first; a late benefit holds one back', async () => {
    // A benefits list that came in after the routing shows a Participatiewet benefit for the couple.
    expect(await submitSourceList('benefits', '2035-02-10', `BSN;Soort uitkering\n${family.bsn};Participatiewet\n${couple[0].bsn};Participatiewet\n`)).toMatchObject({ status: 'processed', matched: 2 });
    // The letters step sent the advance notices: AMW gets no one who was not told (issue 11).
    for (const referral of await referralsOf(MONTH_1)) await knex('documents').insert({ id: randomUUID(), kind: 'letter', status: 'ready', template_key: 'advance_notice_amw', case: referral.case, period: MONTH_1 });
    const run = cycle(['--period', MONTH_1, '--step', 'amw-overview', '--today', '2035-02-11']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('2 doorverwijzingen van 2035-01 vrijgegeven aan AMW');
    expect(run.stdout).toContain('1 doorverwijzing aangehouden');
    const coupleCase = (await casesOf(MONTH_1)).find((c) => (c.signals as Row[]).some((s) => s.bsn === couple[0].bsn))!;
    expect(coupleCase).toMatchObject({ attention: true, route: 'amw' });
    expect(String(coupleCase.attention_reason)).toBe('Uitkering Participatiewet volgens de uitkeringslijst van 10 februari 2035: doorverwijzing naar AMW aangehouden (uitkering van de gemeente: uitnodiging gemeente) — route controleren');
    expect((await referralsOf(MONTH_1)).find((r) => r.case === coupleCase.id)).toMatchObject({ date_sent: null, status: 'new' });

    const amw = await loginAs('social_work');
    const ours = (await referralsOf(MONTH_1)).map((r) => r.id).join(',');
    const seen = (await amw.get<Row[]>(`/items/referrals?filter[id][_in]=${ours}&sort=priority&limit=-1`)).body.data!;
    expect(seen.map((r) => r.surname)).toEqual([known.surname, single.surname]);
    expect(seen.every((r) => r.date_sent === '2035-02-11')).toBe(true);
    const text = JSON.stringify(seen);
    for (const p of [single, known]) expect(text).not.toContain(p.bsn);
    for (const field of ['arrears_amount', 'months_in_arrears', 'case', 'partner', 'bsn', 'has_benefit']) expect(seen[0]).not.toHaveProperty(field);
  });

  test('casework: AMW and staff record attempts; AMW refers one back; staff invite, get consent, withhold rent and close', async () => {
    const amw = await loginAs('social_work');
    const caseOf = async (p: BrpPerson) => (await casesOf(MONTH_1)).find((c) => (c.signals as Row[]).some((s) => s.bsn === p.bsn))!;
    const singleCase = await caseOf(single);
    const singleReferral = (await referralsOf(MONTH_1)).find((r) => r.case === singleCase.id)!;

    // AMW reaches the single tenant: its referral is in progress, the case in contact.
    const attempt = await amw.post('/items/contact_attempts', { referral: singleReferral.id, kind: 'Telefoon', reached: true, date: '2035-02-12', part_of_day: 'Ochtend', amw_note: 'Afspraak gemaakt.' });
    expect(attempt.status, JSON.stringify(attempt.body)).toBe(200);
    expect((await admin.get<Row>(`/items/referrals/${String(singleReferral.id)}?fields=status`)).body.data!.status).toBe('in_progress');
    expect(await caseOf(single)).toMatchObject({ status: 'in_contact', date_first_contact: '2035-02-12' });
    // Staff see the DDAS codes of AMW's work, never AMW's own words.
    const staffView = (await staff.get<Row[]>(`/items/contact_attempts?filter[referral][_eq]=${String(singleReferral.id)}`)).body.data!;
    expect(staffView).toEqual([expect.objectContaining({ kind: 'Telefoon', reached: true, organisation: 'amw' })]);
    expect(JSON.stringify(staffView)).not.toContain('Afspraak gemaakt');

    // AMW finds serious debts for the known client and refers back: staff get a task at once.
    const knownCase = await caseOf(known);
    const knownReferral = (await referralsOf(MONTH_1)).find((r) => r.case === knownCase.id)!;
    const back = await amw.patch(`/items/referrals/${String(knownReferral.id)}`, { status: 'referred_back', outcome: 'Vervolghulp en/of verwijzing financieel', outcome_note: 'Ernstige schulden, meerdere schuldeisers.' });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    const knownTasks = await tasksOfCase(String(knownCase.id));
    expect(knownTasks.map((t) => t.kind).sort()).toEqual(['inform_case_manager', 'referred_back']);
    expect(JSON.stringify(knownTasks)).not.toContain('Ernstige schulden');
    expect(await caseOf(known)).toMatchObject({ attention: true });

    // The family with a benefit: picked up, invited for a talk with both case managers.
    const familyCase = await caseOf(family);
    const sdv = directus.demo.users.debt_services.id;
    const invite = await staff.patch(`/items/cases/${String(familyCase.id)}`, { status: 'picked_up', assigned_to: sdv, talk_at: '2035-02-20T10:00:00', talk_place: 'Stadhuis Weert', regisseur_sdv: sdv, regisseur_participatie: sdv });
    expect(invite.status, JSON.stringify(invite.body)).toBe(200);
    expect((await staff.post('/items/contact_attempts', { case: familyCase.id, kind: 'Brief', reached: true, date: '2035-02-13', part_of_day: 'Middag' })).status).toBe(200);
    // Rent withholding waits for the tenant's consent (art. 10.5).
    const [rentTask] = (await tasksOfCase(String(familyCase.id))).filter((t) => t.kind === 'rent_withholding');
    expect((await staff.patch(`/items/tasks/${String(rentTask!.id)}`, { status: 'done' })).status).toBe(400);
    expect((await staff.patch(`/items/cases/${String(familyCase.id)}`, { rent_withholding_consent: true, date_first_talk: '2035-02-20' })).status).toBe(200);
    expect((await staff.patch(`/items/tasks/${String(rentTask!.id)}`, { status: 'done' })).status).toBe(200);
    // Closing needs a DDAS end result.
    expect((await staff.patch(`/items/cases/${String(familyCase.id)}`, { status: 'closed' })).status).toBe(400);
    const closed = await staff.patch(`/items/cases/${String(familyCase.id)}`, { status: 'closed', result: 'Vervolghulp en/of verwijzing financieel' });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(await caseOf(family)).toMatchObject({ status: 'closed', result: 'Vervolghulp en/of verwijzing financieel', date_first_talk: '2035-02-20', rent_withholding_consent: true });
  });

  test('month 2: repeat signals join their open cases — no new case, no referral, grown arrears raise attention; after a closed case a new one', async () => {
    const wonen = await submitUpload(staff, 'wonen-limburg-feb.csv', [HEADER, row(single, 2, 1300), row(known, 2, 900), row(family, 1, 700)].join('\n'), MONTH_2, { partner: directus.demo.partners['wonen-limburg'] });
    expect(wonen).toMatchObject({ status: 'processed', accepted: 3 });
    await enriched(MONTH_2, 3);
    // This month's benefits list, after the uploads (rows without a signal are not kept).
    expect(await submitSourceList('benefits', '2035-03-01', `BSN;Soort uitkering\n${family.bsn};Participatiewet\n`)).toMatchObject({ status: 'processed', matched: 1 });
    const run = cycle(['--period', MONTH_2, '--step', 'route', '--today', '2035-03-03']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    // The family's case was closed: a repeat after closing opens a new case, with a new rent-withholding task.
    const [familyCase, ...others] = await casesOf(MONTH_2);
    expect(others).toEqual([]);
    expect(familyCase).toMatchObject({ route: 'municipality', status: 'new', priority: 1 });
    expect((familyCase!.signals as Row[]).map((s) => s.bsn)).toEqual([family.bsn]);
    expect(String(familyCase!.reason)).toMatch(/^Uitkering Participatiewet volgens de uitkeringslijst van 1 maart 2035/);
    expect((await tasksOfCase(String(familyCase!.id))).map((t) => t.kind)).toEqual(['rent_withholding']);
    expect(await referralsOf(MONTH_2)).toEqual([]);
    const signals = await signalsOf(MONTH_2);
    const cases = await casesOf(MONTH_1);
    const singleCase = cases.find((c) => (c.signals as Row[]).some((s) => s.bsn === single.bsn))!;
    const knownCase = cases.find((c) => (c.signals as Row[]).some((s) => s.bsn === known.bsn))!;
    expect(signals.find((s) => s.bsn === single.bsn)).toMatchObject({ case: singleCase.id, status: 'Niet opgepakt: herhaalde melding' });
    expect(singleCase).toMatchObject({ attention: true, attention_reason: 'Achterstand opgelopen van 1 maand naar 2 maanden (signaal 2035-02 van Wonen Limburg)' });
    expect(Number(singleCase.months_in_arrears)).toBe(2);
    // Same arrears: joined without a new remark (its attention is AMW's referral back).
    expect(signals.find((s) => s.bsn === known.bsn)).toMatchObject({ case: knownCase.id, status: 'Niet opgepakt: herhaalde melding' });
    expect(String(knownCase.attention_reason)).not.toContain('2035-02');
  });
});
