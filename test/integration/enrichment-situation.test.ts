/**
 * Issue 9, the facts routing needs from enrichment: with the municipality's area set, a
 * signal whose rented address lies outside it is set aside ("out_of_area") and the BRP
 * never hears of it; every matched tenant gets where the register has them (at the rented
 * address, moved, moved out of the area, emigrated, deceased after staff confirmed). The
 * persons are official BRP test persons; the worker talks to the local BRP through a
 * proxy that records every request.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import knexFactory, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loadTestset, testsetBrpPerson } from '../../adapters/brp/testset.ts';
import type { BrpPerson } from '../../core/brp/brp-person.ts';
import { ageOn } from '../../core/household/age-on.ts';
import { projectKnexConfig } from '../../jobs/db-settings.ts';
import { countAwaitingEnrichment } from '../../jobs/cycle/enrich-step.ts';
import { runRouteStep } from '../../jobs/cycle/route-step.ts';
import { Api, loginAs } from '../support/api.ts';
import { submitUpload } from '../support/uploads.ts';
import { startProjectWorker } from '../support/project-worker.ts';
import type { TestWorker } from '../support/workers.ts';

const directus = inject('directus');
const PERIOD = '2034-02';
const today = new Date().toISOString().slice(0, 10);

let persons: BrpPerson[];
let admin: Api;
let staff: Api;
let worker: TestWorker;
let proxy: Server;
let knex: Knex;
/** Bodies of every request the worker sent to the BRP. */
const brpRequests: string[] = [];

const p4 = (p: BrpPerson) => p.address!.postcode!.slice(0, 4);
const sameDwelling = (a: BrpPerson, b: BrpPerson) =>
  a.address?.postcode === b.address?.postcode && a.address?.house_number === b.address?.house_number && (a.address?.house_letter ?? '') === (b.address?.house_letter ?? '') && (a.address?.house_number_addition ?? '') === (b.address?.house_number_addition ?? '');
/** A name the BRP answers about one person only, as a corporation would write it. */
const namedClearly = (p: BrpPerson) =>
  !!p.initials && !!p.surname && /^[\p{L} '-]+$/u.test(p.surname) && /^(19[3-9]\d|200\d)-\d{2}-\d{2}$/.test(p.birth_date ?? '') && (ageOn(p.birth_date, today) ?? 0) >= 18 &&
  persons.filter((o) => o.surname?.toLowerCase() === p.surname!.toLowerCase() && o.birth_date === p.birth_date).length === 1;
const livesAtAddress = (p: BrpPerson) => !p.deceased && !p.emigrated && /^[1-9]\d{3}[A-Z]{2}$/.test(p.address?.postcode ?? '') && !!p.address?.house_number && !!p.address.street;

function row(p: { initials: string; name_prefix: string | null; surname: string; birth_date: string; street: string; house_number: number; house_letter?: string | null; house_number_addition?: string | null; postcode: string; city: string }) {
  const [y, m, d] = p.birth_date.split('-');
  const number = `${p.house_number}${p.house_letter ?? ''}${p.house_number_addition ? `-${p.house_number_addition}` : ''}`;
  return [p.initials, p.name_prefix ?? '', p.surname, `${d}-${m}-${y}`, `${p.street} ${number}`, p.postcode, p.city, '2', '1000'].join(';');
}
/** The tenant at their own BRP address. */
const atHome = (p: BrpPerson) =>
  row({ initials: p.initials!, name_prefix: p.name_prefix, surname: p.surname!, birth_date: p.birth_date!, street: p.address!.street!, house_number: p.address!.house_number!, house_letter: p.address!.house_letter, house_number_addition: p.address!.house_number_addition, postcode: p.address!.postcode!, city: p.address!.city ?? 'Onbekend' });
/** The tenant at an address the corporation rents out, where the BRP has nobody. */
const rentedAt = (p: BrpPerson, postcode: string, houseNumber: number) =>
  row({ initials: p.initials!, name_prefix: p.name_prefix, surname: p.surname!, birth_date: p.birth_date!, street: 'Huurstraat', house_number: houseNumber, postcode, city: 'Huurdorp' });

let atAddress: BrpPerson; // lives at the rented address, in the area
let moved: BrpPerson; // registered at another address in the area
let movedAway: BrpPerson; // registered at an address outside the area
let emigrated: BrpPerson;
let deceased: BrpPerson;
let outsider: BrpPerson; // rents outside the area: never asked about
let rentedPostcode: string; // in the area; nobody lives there
let areaPostcodes: string;

async function startCountingProxy(target: string): Promise<string> {
  const origin = new URL(target).origin;
  proxy = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      brpRequests.push(body);
      fetch(`${origin}${req.url ?? '/'}`, { method: req.method, headers: { 'content-type': req.headers['content-type'] ?? 'application/json' }, body: req.method === 'POST' ? body : undefined })
        .then(async (answer) => {
          res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
          res.end(Buffer.from(await answer.arrayBuffer()));
        })
        .catch(() => {
          res.writeHead(502);
          res.end();
        });
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(proxy.address() as AddressInfo).port}${new URL(target).pathname}`;
}

beforeAll(async () => {
  persons = (await loadTestset()).map(testsetBrpPerson);
  knex = knexFactory(projectKnexConfig(directus.db));
  admin = await loginAs('admin');
  staff = await loginAs('debt_services');
  const residents = (p: BrpPerson) => persons.filter((o) => !o.deceased && sameDwelling(o, p));

  atAddress = persons.find((p) => namedClearly(p) && livesAtAddress(p) && residents(p).length === 1)!;
  moved = persons.find((p) => namedClearly(p) && livesAtAddress(p) && p4(p) !== p4(atAddress))!;
  const inArea = new Set([p4(atAddress), p4(moved)]);
  movedAway = persons.find((p) => namedClearly(p) && livesAtAddress(p) && !inArea.has(p4(p)))!;
  emigrated = persons.find((p) => namedClearly(p) && p.emigrated && !p.deceased && p.address === null)!;
  deceased = persons.find((p) => namedClearly(p) && p.deceased)!;
  const chosen = [atAddress, moved, movedAway, emigrated, deceased];
  outsider = persons.find((p) => namedClearly(p) && livesAtAddress(p) && !inArea.has(p4(p)) && p4(p) !== p4(movedAway) && !chosen.some((c) => c.surname === p.surname))!;
  expect(chosen.every(Boolean) && outsider, 'test persons found').toBeTruthy();
  rentedPostcode = `${p4(atAddress)}XX`;
  expect(persons.some((p) => p.address?.postcode === rentedPostcode && (p.address.house_number ?? 0) >= 990)).toBe(false);
  areaPostcodes = `${p4(atAddress)}, ${p4(moved)} t/m ${p4(moved)}`;

  worker = await startProjectWorker({ env: { BRP_API_URL: await startCountingProxy(directus.brpUrl) } });
});

afterAll(async () => {
  // The area is one setting for the whole instance: later test files expect none.
  await knex?.('app_settings').update({ area_postcodes: null, area_places: null });
  await worker?.stop();
  await new Promise<void>((resolve) => (proxy ? proxy.close(() => resolve()) : resolve()));
  await knex?.destroy();
});

async function signalsWhenEnriched(upload: string) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const rows = (await admin.get<Array<Record<string, unknown>>>(`/items/signals?filter[upload][_eq]=${upload}&limit=-1&fields=id,surname,initials,postcode,match_status,match_reasons,bsn,brp_situation,enriched_at`)).body.data!;
    if (rows.every((s) => s.match_status !== 'pending') || Date.now() > deadline) return rows;
    await sleep(300);
  }
}

async function review(signal: string, decision: Record<string, string>) {
  return fetch(`${directus.url}/vroegsignalering/signals/${signal}/brp/decide`, {
    method: 'POST',
    headers: { authorization: `Bearer ${staff.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(decision),
  });
}

/** The review screen's data, as text (it must never hold what it should not). */
async function reviewData(signal: string) {
  return (await fetch(`${directus.url}/vroegsignalering/signals/${signal}/brp`, { headers: { authorization: `Bearer ${staff.token}` } })).text();
}

describe(`where the BRP has the tenant, and the municipality's area (${directus.dbClient})`, () => {
  let signals: Array<Record<string, unknown>>;
  const signalOf = (p: BrpPerson) => signals.find((s) => s.surname === p.surname)!;

  test('a functional admin cannot save an area that cannot be read', async () => {
    const refused = await admin.patch('/items/app_settings', { area_postcodes: 'Weert 6000' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.message).toContain('"Weert" is geen postcode van vier cijfers');
    const saved = await admin.patch<Record<string, unknown>>('/items/app_settings', { area_postcodes: areaPostcodes, area_places: ["'s-Nergenshuizen"] });
    expect(saved.status).toBe(200);
    expect(saved.body.data).toMatchObject({ area_postcodes: areaPostcodes, area_places: ["'s-Nergenshuizen"] });
  });

  test('an upload: the signal outside the area is set aside and never sent to the BRP; the others get their situation', async () => {
    const csv = [
      'Voorletters;Tussenvoegsel;Achternaam;Geboortedatum;Adres;Postcode;Woonplaats;Maanden achterstand;Bedrag',
      atHome(atAddress),
      rentedAt(moved, rentedPostcode, 999),
      rentedAt(movedAway, rentedPostcode, 998),
      rentedAt(emigrated, rentedPostcode, 997),
      rentedAt(deceased, rentedPostcode, 996),
      atHome(outsider),
      // Outside the postcode ranges, but in one of the area's places (written differently).
      row({ initials: 'P.', name_prefix: null, surname: 'Plaatsgenoot', birth_date: '1971-03-04', street: 'Dorpsstraat', house_number: 1, postcode: '9999ZZ', city: 'S NERGENSHUIZEN' }),
    ].join('\n');
    const upload = await submitUpload(staff, 'gebied.csv', csv, PERIOD, { partner: directus.demo.partners['wonen-limburg'] });
    expect(upload).toMatchObject({ status: 'processed', accepted: 7 });
    signals = await signalsWhenEnriched(upload.id);

    const set = signalOf(outsider);
    expect(set).toMatchObject({ match_status: 'out_of_area', bsn: null, brp_situation: null });
    expect(String((set.match_reasons as string[])[0])).toContain('buiten de gemeente');
    expect(set.enriched_at).toBeTruthy();
    // The BRP was asked about the others, never about this tenant.
    expect(brpRequests.length).toBeGreaterThan(0);
    expect(brpRequests.some((body) => body.includes(moved.surname!))).toBe(true);
    expect(brpRequests.some((body) => body.includes('9999ZZ'))).toBe(true);
    expect(brpRequests.filter((body) => body.includes(outsider.surname!) || body.includes(outsider.address!.postcode!) || body.includes(outsider.bsn))).toEqual([]);

    expect(signals.find((s) => s.surname === 'Plaatsgenoot')).toMatchObject({ match_status: 'not_found', brp_situation: null });
    expect(signalOf(atAddress)).toMatchObject({ match_status: 'matched', bsn: atAddress.bsn, brp_situation: 'at_address' });
    expect(signalOf(moved)).toMatchObject({ match_status: 'matched', bsn: moved.bsn, brp_situation: 'moved' });
    expect(signalOf(movedAway)).toMatchObject({ match_status: 'matched', bsn: movedAway.bsn, brp_situation: 'moved_out_of_area' });
    expect((signalOf(movedAway).match_reasons as string[])[0]).toBe('Volgens het BRP: verhuisd buiten de gemeente');
    expect(signalOf(emigrated)).toMatchObject({ match_status: 'matched', bsn: emigrated.bsn, brp_situation: 'emigrated' });
    // A deceased person is never matched automatically: staff decide.
    expect(signalOf(deceased)).toMatchObject({ match_status: 'ambiguous', bsn: null, brp_situation: null });
  });

  test('settled: out-of-area signals do not wait for enrichment and are not on the review worklist', async () => {
    expect(await countAwaitingEnrichment(knex, PERIOD)).toBe(0);
    const [worklist] = (await staff.get<Array<{ filter: { _and: Array<{ match_status: { _in: string[] } }> } }>>('/presets?filter[bookmark][_eq]=Te controleren: BRP-koppeling')).body.data!;
    const statuses = worklist!.filter._and[0]!.match_status._in;
    const listed = (await staff.get<Array<{ surname: string }>>(`/items/signals?filter[period][_eq]=${PERIOD}&filter[match_status][_in]=${statuses.join(',')}&fields=surname&limit=-1`)).body.data!;
    expect(listed.map((s) => s.surname).sort()).toEqual([deceased.surname, 'Plaatsgenoot'].sort());
    // Opened anyway, the review page does not ask the BRP about it either.
    const json = await reviewData(String(signalOf(outsider).id));
    expect(json).toContain('niet bij het BRP nagevraagd');
    expect(json).not.toContain(outsider.bsn);
    expect((await review(String(signalOf(outsider).id), { decision: 'confirm', bsn: outsider.bsn })).status).toBe(409);
  });

  test('staff confirm the deceased candidate: deceased; "not a resident" leaves the situation empty', async () => {
    const signal = signalOf(deceased);
    const json = await reviewData(String(signal.id));
    expect(json).toContain(deceased.bsn);
    expect(json).toContain('"deceased":true');
    expect((await review(String(signal.id), { decision: 'confirm', bsn: deceased.bsn })).status).toBe(200);
    const confirmed = (await admin.get<Record<string, unknown>>(`/items/signals/${String(signal.id)}?fields=match_status,bsn,brp_situation`)).body.data!;
    expect(confirmed).toEqual({ match_status: 'confirmed', bsn: deceased.bsn, brp_situation: 'deceased' });

    const stranger = signals.find((s) => s.surname === 'Plaatsgenoot')!;
    expect((await review(String(stranger.id), { decision: 'not_resident' })).status).toBe(200);
    expect((await admin.get<Record<string, unknown>>(`/items/signals/${String(stranger.id)}?fields=match_status,brp_situation`)).body.data).toEqual({ match_status: 'not_resident', brp_situation: null });
  });

  test('routing: each situation gets a closed case that invites nobody, with the DDAS status that says why', async () => {
    // After the feedback deadline: nothing waits (the benefits lists of other tests came in before these signals).
    const outcome = await runRouteStep(knex, { period: PERIOD, today: '2034-03-10', dryRun: false, now: new Date() });
    expect(outcome.counts).toMatchObject({ none: 6, waiting: 0 });
    const routed = (await admin.get<Array<Record<string, unknown>>>(`/items/signals?filter[period][_eq]=${PERIOD}&limit=-1&fields=bsn,surname,status,route_trace,case.route,case.status,case.result`)).body.data!;
    const of = (p: BrpPerson) => routed.find((s) => s.surname === p.surname)!;
    const notResident = 'Persoon is geen inwoner (meer) in de gemeente';
    expect(of(outsider)).toMatchObject({ status: notResident, case: { route: 'none', status: 'closed', result: notResident } });
    expect(String(of(outsider).route_trace)).toMatch(/^Het gehuurde adres ligt buiten de gemeente/);
    expect(of(movedAway)).toMatchObject({ status: notResident, case: { route: 'none', result: notResident } });
    expect(of(emigrated)).toMatchObject({ status: notResident, case: { route: 'none' } });
    expect(String(of(emigrated).route_trace)).toMatch(/^Geëmigreerd volgens de BRP → niet uitnodigen/);
    expect(of(moved)).toMatchObject({ status: 'Niet opgepakt: andere reden', case: { route: 'none', result: 'Niet opgepakt: andere reden' } });
    expect(of(deceased)).toMatchObject({ status: 'Inwoner is overleden', case: { route: 'none', status: 'closed', result: 'Inwoner is overleden' } });
    expect(routed.find((s) => s.surname === 'Plaatsgenoot')).toMatchObject({ status: notResident, case: { route: 'none' } });
    // No benefits list saw this signal: never to AMW unchecked.
    expect(of(atAddress)).toMatchObject({ status: 'Opgepakt', case: { status: 'new', route: 'municipality' } });
    expect(String(of(atAddress).route_trace)).toMatch(/^Uitkering niet te controleren vóór de terugkoppeling/);
  });

  test('an area stored unreadable (not through the app) stops enrichment with a Dutch message in the job runs', async () => {
    await knex('app_settings').update({ area_postcodes: '60xx' });
    try {
      const signal = signalOf(atAddress);
      const started = await staff.post<{ jobs: string[] }>('/vroegsignalering/enrichment', { signal: signal.id });
      expect(started.status).toBe(202);
      const [run] = started.body.data!.jobs;
      let found: Record<string, unknown> | undefined;
      for (let i = 0; i < 150 && found?.status !== 'failed'; i++) {
        await sleep(200);
        found = (await admin.get<Record<string, unknown>>(`/items/job_runs/${run}?fields=status,message`)).body.data;
      }
      expect(found).toMatchObject({ status: 'failed' });
      expect(String(found!.message)).toContain('niet te lezen');
      expect(String(found!.message)).toContain('"60xx"');
      // Nothing was changed on the signal.
      expect((await admin.get<Record<string, unknown>>(`/items/signals/${String(signal.id)}?fields=match_status,brp_situation`)).body.data).toEqual({ match_status: 'matched', brp_situation: 'at_address' });
    } finally {
      await knex('app_settings').update({ area_postcodes: areaPostcodes });
    }
  });

  test('with the area emptied, an explicit re-run asks the BRP about the set-aside signal after all', async () => {
    const cleared = await admin.patch('/items/app_settings', { area_postcodes: null, area_places: [] });
    expect(cleared.status).toBe(200);
    const signal = signalOf(outsider);
    const started = await staff.post('/vroegsignalering/enrichment', { signal: signal.id });
    expect(started.status).toBe(202);
    let after: Record<string, unknown> | undefined;
    for (let i = 0; i < 150 && after?.match_status !== 'matched'; i++) {
      await sleep(200);
      after = (await admin.get<Record<string, unknown>>(`/items/signals/${String(signal.id)}?fields=match_status,bsn,brp_situation`)).body.data;
    }
    expect(after).toEqual({ match_status: 'matched', bsn: outsider.bsn, brp_situation: 'at_address' });
    expect(brpRequests.some((body) => body.includes(outsider.address!.postcode!))).toBe(true);
  });
});
