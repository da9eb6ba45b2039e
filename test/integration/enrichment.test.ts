/**
 * An upload of official BRP test persons through the real Directus: it ends with matched
 * signals, household facts, a review queue for the doubtful ones, and no data of other
 * residents anywhere in the database.
 */
import { spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loadTestset, testsetBrpPerson } from '../../adapters/brp/testset.ts';
import type { BrpPerson } from '../../core/brp/brp-person.ts';
import { ageOn } from '../../core/household/age-on.ts';
import { fromRoot } from '../../scripts/lib/project-paths.ts';
import { Api, loginAs } from '../support/api.ts';
import { submitUpload, uploadFile } from '../support/uploads.ts';
import { startProjectWorker } from '../support/project-worker.ts';
import type { TestWorker } from '../support/workers.ts';

const directus = inject('directus');
const today = new Date().toISOString().slice(0, 10);
let persons: BrpPerson[];
let admin: Api;
let staff: Api;

const residentsOf = (p: BrpPerson) => persons.filter((o) => !o.deceased && o.address?.postcode === p.address?.postcode && o.address?.house_number === p.address?.house_number && (o.address?.house_letter ?? '') === (p.address?.house_letter ?? '') && (o.address?.house_number_addition ?? '') === (p.address?.house_number_addition ?? ''));
const usable = (p: BrpPerson) => !p.deceased && p.initials && p.surname && /^\d{4}-\d{2}-\d{2}$/.test(p.birth_date ?? '') && /^[1-9]\d{3}[A-Z]{2}$/.test(p.address?.postcode ?? '') && p.address?.house_number && p.address.street && /^[\p{L} '-]+$/u.test(p.surname) && (ageOn(p.birth_date, today) ?? 0) >= 18;

let family: BrpPerson; // an adult tenant in a household with minor children
let single: BrpPerson; // an adult living alone
let doubtful: BrpPerson; // right address, wrong initials: the core must not guess
let others: BrpPerson[]; // everyone else living with the family tenant

function row(p: { initials: string; name_prefix: string | null; surname: string; birth_date: string; street: string; house_number: number; house_letter: string | null; house_number_addition: string | null; postcode: string; city: string }) {
  const [y, m, d] = p.birth_date.split('-');
  const number = `${p.house_number}${p.house_letter ?? ''}${p.house_number_addition ? `-${p.house_number_addition}` : ''}`;
  return [p.initials, p.name_prefix ?? '', p.surname, `${d}-${m}-${y}`, `${p.street} ${number}`, p.postcode, p.city, '2', '1000'].join(';');
}

const asRow = (p: BrpPerson, over: Partial<Parameters<typeof row>[0]> = {}) =>
  row({ initials: p.initials!, name_prefix: p.name_prefix, surname: p.surname!, birth_date: p.birth_date!, street: p.address!.street!, house_number: p.address!.house_number!, house_letter: p.address!.house_letter, house_number_addition: p.address!.house_number_addition, postcode: p.address!.postcode!, city: p.address!.city ?? 'Onbekend', ...over });

// Uploads, source lists and enrichment are jobs: a worker runs them.
let worker: TestWorker;
beforeAll(async () => {
  worker = await startProjectWorker();
  persons = (await loadTestset()).map(testsetBrpPerson);
  admin = await loginAs('admin');
  staff = await loginAs('debt_services');
  family = persons.find((p) => usable(p) && residentsOf(p).length <= 6 && residentsOf(p).some((o) => (ageOn(o.birth_date, today) ?? 99) < 18) && residentsOf(p).filter((o) => o.surname === p.surname && o.birth_date === p.birth_date).length === 1)!;
  single = persons.find((p) => usable(p) && residentsOf(p).length === 1 && p.bsn !== family.bsn)!;
  doubtful = persons.find((p) => usable(p) && residentsOf(p).length >= 2 && p.bsn !== family.bsn && !residentsOf(p).some((o) => o.bsn === family.bsn))!;
  others = residentsOf(family).filter((o) => o.bsn !== family.bsn);
  expect(family && single && doubtful && others.length).toBeTruthy();
});

afterAll(async () => {
  await worker?.stop();
});

async function signalsWhenEnriched(upload: string) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const rows = (await admin.get<Array<Record<string, unknown>>>(`/items/signals?filter[upload][_eq]=${upload}&limit=-1&fields=*,household.*`)).body.data!;
    if (rows.every((s) => !['pending'].includes(String(s.match_status))) || Date.now() > deadline) return rows;
    await sleep(300);
  }
}

describe(`enrichment against the BRP (${directus.dbClient})`, () => {
  let signals: Array<Record<string, unknown>>;
  let uploadId = '';

  test('an upload of test persons ends matched, with household facts and reasons', async () => {
    const csv = [
      'Voorletters;Tussenvoegsel;Achternaam;Geboortedatum;Adres;Postcode;Woonplaats;Maanden achterstand;Bedrag',
      asRow(family),
      asRow(single),
      asRow(doubtful, { initials: 'X.Q.', birth_date: '1901-01-01'.replace('1901', String(Number(doubtful.birth_date!.slice(0, 4)) + 1)) }),
      row({ initials: 'Q.', name_prefix: null, surname: 'Onvindbaar', birth_date: '1970-05-05', street: 'Nergensstraat', house_number: 1, house_letter: null, house_number_addition: null, postcode: '9999ZZ', city: 'Nergens' }),
    ].join('\n');
    const upload = await submitUpload(staff, 'testpersonen.csv', csv, '2026-06', { partner: directus.demo.partners['wonen-limburg'] });
    expect(upload).toMatchObject({ status: 'processed', accepted: 4 });
    uploadId = upload.id;
    signals = await signalsWhenEnriched(upload.id);
    const bySurname = (s: string) => signals.find((x) => x.surname === s)!;

    const tenant = signals.find((s) => s.bsn === family.bsn);
    expect(tenant, 'family tenant matched').toBeDefined();
    expect(tenant).toMatchObject({ match_status: 'matched' });
    expect(Number(tenant!.match_confidence)).toBeGreaterThanOrEqual(0.8);
    expect((tenant!.match_reasons as string[]).length).toBeGreaterThan(0);
    expect(tenant!.household).toMatchObject({ has_minor_children: true, household_size: new Set(residentsOf(family).map((o) => o.bsn)).size, facts_source: 'BRP' });

    expect(signals.find((s) => s.bsn === single.bsn)).toMatchObject({ match_status: 'matched', household: { has_minor_children: false, household_size: 1, living_situation: 'alleenstaand' } });
    expect(bySurname('Onvindbaar')).toMatchObject({ match_status: 'not_found', bsn: null });
    expect(signals.find((s) => s.initials === 'X.Q.')).toMatchObject({ match_status: 'ambiguous', bsn: null });
  });

  test('the doubtful signals are on the review worklist, with reasons but no candidate data', async () => {
    const queue = (await staff.get<Array<Record<string, unknown>>>('/items/signals?filter[match_status][_in]=ambiguous,not_found&limit=-1')).body.data!;
    expect(queue.map((s) => s.surname)).toEqual(expect.arrayContaining(['Onvindbaar', doubtful.surname]));
    const ambiguous = queue.find((s) => s.initials === 'X.Q.')!;
    expect(JSON.stringify(ambiguous.match_candidates)).not.toMatch(/\d{9}/);
  });

  test('no field of another resident is stored anywhere', async () => {
    const dump: unknown[] = [];
    for (const collection of ['signals', 'households', 'cases', 'referrals', 'uploads', 'signal_facts', 'documents']) {
      dump.push((await admin.get(`/items/${collection}?limit=-1`)).body.data);
    }
    dump.push((await admin.get('/revisions?limit=-1')).body.data, (await admin.get('/activity?limit=-1')).body.data);
    const text = JSON.stringify(dump);
    for (const other of others) {
      expect(text).not.toContain(other.bsn);
      if (other.first_names) expect(text).not.toContain(other.first_names);
    }
  });

  test('staff review: the screen data shows live candidates; a confirmed choice is kept by a re-run', async () => {
    const ambiguous = signals.find((s) => s.initials === 'X.Q.')!;
    const page = await staff.get<{ candidates: Array<{ bsn: string }>; status: { label: string } }>(`/vroegsignalering/signals/${String(ambiguous.id)}/brp`);
    expect(page.status).toBe(200);
    expect(page.body.data!.status.label).toBe('Meerdere kandidaten');
    expect(page.body.data!.candidates.map((c) => c.bsn)).toContain(doubtful.bsn);

    const decide = await staff.post(`/vroegsignalering/signals/${String(ambiguous.id)}/brp/decide`, { decision: 'confirm', bsn: doubtful.bsn });
    expect(decide.status).toBe(200);
    const decided = (await admin.get<Record<string, unknown>>(`/items/signals/${String(ambiguous.id)}?fields=match_status,bsn,match_decided_by`)).body.data!;
    expect(decided).toMatchObject({ match_status: 'confirmed', bsn: doubtful.bsn, match_decided_by: directus.demo.users.debt_services.id });

    const rerun = spawnSync(process.execPath, [fromRoot('node_modules/tsx/dist/cli.mjs'), fromRoot('scripts/enrich.ts'), '--period', '2026-06'], {
      env: { PATH: process.env.PATH, DIRECTUS_URL: directus.url, WORKER_TOKEN: directus.workerToken, DB_FILENAME: '/tmp/unused.sqlite' },
      encoding: 'utf8',
    });
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(rerun.stdout).toMatch(/1 al beslist door een medewerker/);
    const after = (await admin.get<Record<string, unknown>>(`/items/signals/${ambiguous.id}?fields=match_status,bsn`)).body.data!;
    expect(after).toMatchObject({ match_status: 'confirmed', bsn: doubtful.bsn });
  });

  test('staff find the doubtful ones in their "Te controleren" worklist and can re-run one signal from the admin', async () => {
    const [worklist] = (await staff.get<Array<{ bookmark: string; filter: unknown }>>('/presets?filter[bookmark][_eq]=Te controleren: BRP-koppeling')).body.data!;
    expect(worklist).toMatchObject({ filter: { _and: [{ match_status: { _in: ['ambiguous', 'not_found', 'waiting', 'failed'] } }] } });
    const notFound = signals.find((s) => s.surname === 'Onvindbaar')!;
    const confirm = await fetch(`${directus.url}/vroegsignalering/signals/${String(notFound.id)}/opnieuw-verrijken`, { redirect: 'manual', headers: { authorization: `Bearer ${staff.token}` } });
    expect(confirm.status).toBe(200);
    expect(await confirm.text()).toContain('Bevestigen');
    const rerun = await fetch(`${directus.url}/vroegsignalering/signals/${String(notFound.id)}/opnieuw-verrijken`, { method: 'POST', redirect: 'manual', headers: { authorization: `Bearer ${staff.token}` } });
    expect(rerun.status).toBe(303);
    expect(rerun.headers.get('location')).toBe(`/admin/content/signals/${String(notFound.id)}`);
  });

  async function submitSourceList(kind: string, referenceDate: string, csv: string) {
    const file = await uploadFile(staff, `${kind}.csv`, csv);
    const created = await staff.post<{ id: string }>('/items/source_lists', { kind, reference_date: referenceDate, file });
    expect(created.status).toBe(200);
    for (let i = 0; i < 100; i++) {
      const list = (await staff.get<Record<string, unknown>>(`/items/source_lists/${created.body.data!.id}`)).body.data!;
      if (list.status === 'processed' || list.status === 'refused') return list;
      await sleep(200);
    }
    throw new Error('source list not processed in time');
  }
  const factsOf = async (bsn: string) =>
    // This test's own signal: other tests signal the same test persons in other periods.
    (await admin.get<Array<Record<string, unknown>>>(`/items/signals?filter[bsn][_eq]=${bsn}&filter[upload][_eq]=${uploadId}&fields=has_benefit,benefit_kind,known_at_debt_services,debt_areas,facts.fact,facts.value,facts.source_kind,facts.source_date`)).body.data![0]!;

  test('source lists: a benefits list and a water list become facts with source and date; a newer list replaces the older', async () => {
    const benefits = await submitSourceList('benefits', '2026-06-20', `Uitkeringen peildatum 20-06-2026\nBSN;Soort uitkering;Bedrag\n${family.bsn};Participatiewet;1234\n123456789;IOAW;800\n`);
    expect(benefits).toMatchObject({ status: 'processed', rows_read: 2, matched: 1, rejected: 1 });
    expect(await factsOf(family.bsn)).toMatchObject({ has_benefit: true, benefit_kind: 'Participatiewet', facts: [{ fact: 'benefit', value: 'Participatiewet', source_kind: 'benefits', source_date: '2026-06-20' }] });
    expect(await factsOf(single.bsn)).toMatchObject({ has_benefit: false, known_at_debt_services: null });

    const [y, m, d] = single.birth_date!.split('-');
    const water = await submitSourceList('water', '2026-06-21', `Achternaam;Geboortedatum;Postcode;Huisnummer\n${single.surname};${d}-${m}-${y};${single.address!.postcode};${single.address!.house_number}${single.address!.house_letter ?? ''}\nNiemand;01-01-1970;9999ZZ;1\n`);
    expect(water).toMatchObject({ status: 'processed', matched: 1, unmatched: 1 });
    expect(await factsOf(single.bsn)).toMatchObject({ debt_areas: ['Water'] });

    const newer = await submitSourceList('benefits', '2026-07-20', `BSN;Soort uitkering\n${single.bsn};IOAW\n`);
    expect(newer).toMatchObject({ status: 'processed', matched: 1 });
    expect(await factsOf(family.bsn)).toMatchObject({ has_benefit: false, benefit_kind: null, facts: [] });
    expect(await factsOf(single.bsn)).toMatchObject({ has_benefit: true, benefit_kind: 'IOAW' });

    const older = await submitSourceList('benefits', '2026-05-01', `BSN;Soort uitkering\n${family.bsn};Participatiewet\n`);
    expect(older).toMatchObject({ status: 'refused' });
    expect(String(older.summary)).toContain('nieuwere lijst');
    expect(await factsOf(family.bsn)).toMatchObject({ has_benefit: false });
  });

  test('corporations and AMW cannot trigger enrichment or open the review page', async () => {
    const corporation = await loginAs('corporation');
    const res = await corporation.post('/vroegsignalering/enrichment', { period: '2026-06' });
    expect(res.status).toBe(403);
    const page = await fetch(`${directus.url}/vroegsignalering/signals/${String(signals[0]!.id)}/brp`, { headers: { authorization: `Bearer ${corporation.token}` } });
    expect(page.status).toBe(403);
  });
});
