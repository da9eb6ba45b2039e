/**
 * The BRP review screen's endpoints against the real Directus and the local BRP: a signal
 * with a typo in the surname of an official BRP test person is not found; staff search
 * the BRP by hand (name + birth date, postcode + house number), pick the tenant (the
 * server asks the BRP again and refuses a forged BSN), correct another signal with a
 * reason and let it be enriched again; routing takes the picked signal; a corporation or
 * AMW gets a Dutch 403.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import knexFactory, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loadTestset, testsetBrpPerson } from '../../adapters/brp/testset.ts';
import type { BrpPerson } from '../../core/brp/brp-person.ts';
import { cycleStepKeyOn } from '../../core/cycle/cycle-steps.ts';
import { ageOn } from '../../core/household/age-on.ts';
import { projectKnexConfig } from '../../jobs/db-settings.ts';
import { enqueueJob } from '../../jobs/enqueue.ts';
import { Api, loginAs } from '../support/api.ts';
import { startProjectWorker } from '../support/project-worker.ts';
import { submitUpload } from '../support/uploads.ts';
import type { TestWorker } from '../support/workers.ts';

const directus = inject('directus');
const PERIOD = '2035-03';
const today = new Date().toISOString().slice(0, 10);

let persons: BrpPerson[];
let admin: Api;
let staff: Api;
let worker: TestWorker;
let knex: Knex;
let tenant: BrpPerson; // not found: surname mistyped, rented address where the BRP has nobody
let second: BrpPerson; // corrected by staff: surname mistyped at the right address
let stranger: BrpPerson; // exists in the BRP, but has nothing to do with the signal
let notFoundId = '';
let correctedId = '';

const lives = (p: BrpPerson) => !p.deceased && !p.emigrated && /^[1-9]\d{3}[A-Z]{2}$/.test(p.address?.postcode ?? '') && !!p.address?.house_number && !!p.address.street;
const named = (p: BrpPerson) =>
  !!p.initials && !!p.surname && /^[\p{L}]{4,}$/u.test(p.surname) && !p.name_prefix && /^(19[3-9]\d|200\d)-\d{2}-\d{2}$/.test(p.birth_date ?? '') && (ageOn(p.birth_date, today) ?? 0) >= 18 &&
  persons.filter((o) => o.surname === p.surname && o.birth_date === p.birth_date).length === 1;
const typo = (surname: string) => `${surname.slice(0, -1)}${surname.endsWith('q') ? 'x' : 'q'}`;

function row(p: { initials: string; surname: string; birth_date: string; street: string; house_number: number; postcode: string; city: string }) {
  const [y, m, d] = p.birth_date.split('-');
  return [p.initials, '', p.surname, `${d}-${m}-${y}`, `${p.street} ${p.house_number}`, p.postcode, p.city, '2', '1000'].join(';');
}

const review = (api: Api, id: string) => api.get<Review>(`/vroegsignalering/signals/${id}/brp`);
interface Review {
  sent: { name: string; birthDate: string; address: string };
  status: { label: string; pending: boolean; open: boolean };
  reasons: string[];
  candidates: Array<{ bsn: string; name: string; birthDate: string; reasons: string[] }>;
  standing: { kind: string; title: string; text: string; caseUrl?: string };
}

async function signalStatus(id: string) {
  return (await admin.get<{ match_status: string; bsn: string | null; case: string | null }>(`/items/signals/${id}?fields=match_status,bsn,case`)).body.data!;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await sleep(300);
    value = await read();
  }
  return value;
}

beforeAll(async () => {
  worker = await startProjectWorker();
  knex = knexFactory(projectKnexConfig(directus.db));
  persons = (await loadTestset()).map(testsetBrpPerson);
  admin = await loginAs('admin');
  staff = await loginAs('debt_services');
  const candidates = persons.filter((p) => lives(p) && named(p));
  tenant = candidates[0]!;
  second = candidates.find((p) => p.address!.postcode !== tenant.address!.postcode)!;
  stranger = candidates.find((p) => p.bsn !== tenant.bsn && p.bsn !== second.bsn)!;
  expect(tenant && second && stranger).toBeTruthy();

  const csv = [
    'Voorletters;Tussenvoegsel;Achternaam;Geboortedatum;Adres;Postcode;Woonplaats;Maanden achterstand;Bedrag',
    row({ initials: tenant.initials!, surname: typo(tenant.surname!), birth_date: tenant.birth_date!, street: 'Huurstraat', house_number: 7, postcode: '9999ZZ', city: 'Huurdorp' }),
    row({ initials: second.initials!, surname: typo(second.surname!), birth_date: second.birth_date!, street: 'Verkeerdestraat', house_number: 3, postcode: '9998ZZ', city: 'Huurdorp' }),
  ].join('\n');
  const upload = await submitUpload(staff, 'typfouten.csv', csv, PERIOD, { partner: directus.demo.partners['wonen-limburg'] });
  expect(upload).toMatchObject({ status: 'processed', accepted: 2 });
  const rows = await until(
    async () => (await admin.get<Array<{ id: string; surname: string; match_status: string }>>(`/items/signals?filter[upload][_eq]=${upload.id}&fields=id,surname,match_status`)).body.data!,
    (list) => list.every((s) => s.match_status !== 'pending'),
  );
  notFoundId = rows.find((s) => s.surname === typo(tenant.surname!))!.id;
  correctedId = rows.find((s) => s.surname === typo(second.surname!))!.id;
  expect(rows.map((s) => s.match_status)).toEqual(['not_found', 'not_found']);
});

afterAll(async () => {
  await worker?.stop();
  await knex?.destroy();
});

describe(`the BRP review screen's endpoints (${directus.dbClient})`, () => {
  test('the old page address sends old bookmarks to the screen in the module', async () => {
    const old = await fetch(`${directus.url}/vroegsignalering/signals/${notFoundId}/brp-controle`, { redirect: 'manual', headers: { authorization: `Bearer ${staff.token}` } });
    expect(old.status).toBe(302);
    expect(old.headers.get('location')).toBe(`/admin/vroegsignalering/signalen/${notFoundId}/brp-controle`);
  });

  test('the review data says in Dutch what the corporation sent and that nobody was found', async () => {
    const { status, body } = await review(staff, notFoundId);
    expect(status).toBe(200);
    const data = body.data!;
    expect(data.status).toMatchObject({ label: 'Niet gevonden in het BRP', open: true, pending: false });
    expect(data.sent.name).toBe(`${tenant.initials} ${typo(tenant.surname!)}`);
    expect(data.sent.birthDate).toMatch(/^\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}$/);
    expect(data.sent.address).toBe('Huurstraat 7, 9999 ZZ Huurdorp');
    expect(data.candidates).toEqual([]);
    expect(JSON.stringify(data)).not.toMatch(/not_found|\d{4}-\d{2}-\d{2}/);
  });

  test('staff search by surname and birth date, and by postcode and house number', async () => {
    const [y, m, d] = tenant.birth_date!.split('-');
    const byName = await staff.post<{ candidates: Review['candidates'] }>(`/vroegsignalering/signals/${notFoundId}/brp/search`, { kind: 'name', surname: tenant.surname, birth_date: `${d}-${m}-${y}` });
    expect(byName.status).toBe(200);
    const found = byName.body.data!.candidates.find((c) => c.bsn === tenant.bsn);
    expect(found).toBeDefined();
    expect(found!.reasons.join(' ')).not.toMatch(/\d{4}-\d{2}-\d{2}/);

    const byAddress = await staff.post<{ candidates: Review['candidates'] }>(`/vroegsignalering/signals/${notFoundId}/brp/search`, { kind: 'address', postcode: tenant.address!.postcode, house_number: String(tenant.address!.house_number) });
    expect(byAddress.status).toBe(200);
    expect(byAddress.body.data!.candidates.map((c) => c.bsn)).toContain(tenant.bsn);

    const incomplete = await staff.post(`/vroegsignalering/signals/${notFoundId}/brp/search`, { kind: 'name', surname: tenant.surname });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.errors?.[0]?.message).toBe('Vul de geboortedatum in (bijvoorbeeld 03-03-1969).');
  });

  test('a forged BSN is refused: the server asks the BRP again', async () => {
    const search = { kind: 'name', surname: tenant.surname, birth_date: tenant.birth_date };
    // A real person, but not one the search gives.
    const forged = await staff.post(`/vroegsignalering/signals/${notFoundId}/brp/decide`, { decision: 'confirm', bsn: stranger.bsn, search });
    expect(forged.status).toBe(400);
    expect(forged.body.errors?.[0]?.message).toBe('Deze persoon hoort niet bij de kandidaten van dit signaal.');
    const withoutSearch = await staff.post(`/vroegsignalering/signals/${notFoundId}/brp/decide`, { decision: 'confirm', bsn: tenant.bsn });
    expect(withoutSearch.status).toBe(400);
    expect((await signalStatus(notFoundId)).match_status).toBe('not_found');
  });

  test('a corporation and AMW get a Dutch 403 on every endpoint; a cross-site POST is refused', async () => {
    for (const key of ['corporation', 'social_work'] as const) {
      const api = await loginAs(key);
      const read = await review(api, notFoundId);
      expect(read.status).toBe(403);
      expect(read.body.errors?.[0]?.message).toBe('Dit signaal bestaat niet of u mag het niet controleren.');
      expect((await api.post(`/vroegsignalering/signals/${notFoundId}/brp/search`, { kind: 'name', surname: tenant.surname, birth_date: tenant.birth_date })).status).toBe(403);
      expect((await api.post(`/vroegsignalering/signals/${notFoundId}/brp/decide`, { decision: 'not_resident' })).status).toBe(403);
      expect((await api.post(`/vroegsignalering/signals/${notFoundId}/brp/correct`, { values: {}, reason: 'poging van buiten' })).status).toBe(403);
    }
    const crossSite = await fetch(`${directus.url}/vroegsignalering/signals/${notFoundId}/brp/decide`, {
      method: 'POST',
      headers: { authorization: `Bearer ${staff.token}`, 'content-type': 'application/json', origin: 'https://elders.example' },
      body: JSON.stringify({ decision: 'not_resident' }),
    });
    expect(crossSite.status).toBe(403);
    expect((await signalStatus(notFoundId)).match_status).toBe('not_found');
  });

  test('picking the tenant from the search confirms them and asks routing to take the signal', async () => {
    // Routing already ran for the period (the signal waited for its match then).
    const first = await enqueueJob(knex, 'cycle-step', { step: 'route', period: PERIOD, dryRun: false, today }, { uniqueKey: cycleStepKeyOn('route', PERIOD, today), period: PERIOD });
    await until(async () => (await knex('job_runs').first('status').where({ id: first.jobRunId })) as { status: string }, (run) => run.status === 'done' || run.status === 'failed');
    expect((await signalStatus(notFoundId)).case).toBeNull();

    const picked = await staff.post<Review>(`/vroegsignalering/signals/${notFoundId}/brp/decide`, { decision: 'confirm', bsn: tenant.bsn, search: { kind: 'name', surname: tenant.surname, birth_date: tenant.birth_date } });
    expect(picked.status).toBe(200);
    expect(picked.body.data!.status.label).toBe('Bevestigd door een medewerker');
    expect(await signalStatus(notFoundId)).toMatchObject({ match_status: 'confirmed', bsn: tenant.bsn });
    const decidedBy = (await admin.get<{ match_decided_by: string }>(`/items/signals/${notFoundId}?fields=match_decided_by`)).body.data!.match_decided_by;
    expect(decidedBy).toBe(directus.demo.users.debt_services.id);

    // The route step was enqueued again; the worker runs it and the screen shows where the signal stands.
    const runs = (await knex('job_runs').select('id', 'args').where({ kind: 'cycle-step', period: PERIOD })) as Array<{ id: string; args: string | Record<string, unknown> }>;
    expect(runs.length).toBe(2);
    // The screen is read once that run has ended: while it is queued or running, the signal's
    // trace is still the first run's "not found" (in a full run the worker may start it late).
    const rerun = runs.find((run) => run.id !== first.jobRunId)!;
    await until(async () => (await knex('job_runs').first('status').where({ id: rerun.id })) as { status: string }, (run) => run.status === 'done' || run.status === 'failed');
    const after = await until(
      async () => (await review(staff, notFoundId)).body.data!,
      (data) => data.standing.kind === 'case' || /Wacht op routering/.test(data.standing.title) && !/ingepland/.test(data.standing.text),
    );
    // Routing took the decision: a case, or a new reason to wait — not the old "not found".
    expect(after.standing.text).not.toContain('niet gevonden');
    if (after.standing.kind === 'case') expect(after.standing.caseUrl).toBe(`/vroegsignalering/zaken/${(await signalStatus(notFoundId)).case}`);
  });

  test('correct and retry: a reason is required; the correction is in the revisions and the signal is enriched again', async () => {
    const current = (await review(staff, correctedId)).body.data! as Review & { form: Record<string, string> };
    const values = { ...current.form, surname: second.surname!, street: second.address!.street!, house_number: String(second.address!.house_number), house_letter: second.address!.house_letter ?? '', house_number_addition: second.address!.house_number_addition ?? '', postcode: second.address!.postcode! };
    const noReason = await staff.post(`/vroegsignalering/signals/${correctedId}/brp/correct`, { values, reason: '' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors?.[0]?.message).toContain('Geef een reden');

    const corrected = await staff.post(`/vroegsignalering/signals/${correctedId}/brp/correct`, { values, reason: 'Typefout in de achternaam en oud adres; nagevraagd bij de corporatie' });
    expect(corrected.status).toBe(200);
    const revisions = (await admin.get<Array<{ delta: Record<string, unknown> }>>(`/revisions?filter[collection][_eq]=signals&filter[item][_eq]=${correctedId}&sort=-id&limit=5&fields=delta`)).body.data!;
    expect(revisions.some((r) => r.delta?.surname === second.surname && JSON.stringify(r.delta.match_reasons).includes('Typefout in de achternaam'))).toBe(true);

    // Another address is another dwelling: the signal moved to that household.
    const household = (await admin.get<{ household: { address_key: string } }>(`/items/signals/${correctedId}?fields=household.address_key`)).body.data!.household;
    expect(household.address_key).toBe([second.address!.postcode, second.address!.house_number, (second.address!.house_letter ?? '').toUpperCase(), (second.address!.house_number_addition ?? '').toUpperCase()].join('|'));

    const enriched = await until(() => signalStatus(correctedId), (s) => s.match_status !== 'pending');
    expect(enriched).toMatchObject({ match_status: 'matched', bsn: second.bsn });
    const data = (await review(staff, correctedId)).body.data!;
    expect(data.status.label).toBe('Gevonden in het BRP');
  });
});
