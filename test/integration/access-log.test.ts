/**
 * The access log over the real REST API (issue 12, item 4): a person's read of personal
 * data is on record before the data leaves — item, list, search (without the term), the
 * app's route, a document's download — the worker's reads are not, and nobody, the admin
 * included, changes or deletes an entry through the API. Every check looks at this file's
 * own records (a unique surname, its own signals and document).
 */
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { amsterdamDate } from '../../core/cycle/amsterdam-date.ts';
import { ACCESS_LOG_WRITE_REFUSAL } from '../../core/privacy/access-log-append-only.ts';
import { accessLogForPerson, accessLogInWindow, type AccessLogRecord } from '../../jobs/lib/read-access-log.ts';
import { Api, loginAs } from '../support/api.ts';
import { uploadFile } from '../support/uploads.ts';
import { testKnex } from '../support/workers.ts';

const directus = inject('directus');
const staffId = directus.demo.users.debt_services.id;
const surname = `Inzagelog${randomUUID().slice(0, 8)}`;
const period = '2026-10';

let admin: Api;
let staff: Api;
let worker: Api;
let knex: Knex;
let household = '';
const signals: string[] = [];

type Row = Record<string, unknown>;
const data = <T = Row>(response: { status: number; body: { data?: unknown } }): T => {
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data as T;
};

/** The entries that name one of these items, written by `user`, after `since` (an entry id). */
async function entries(items: Record<string, string[]>, user: string | null, since: number): Promise<AccessLogRecord[]> {
  return (await accessLogForPerson(knex, items)).filter((entry) => entry.id > since && (user === null || entry.user === user));
}
const lastId = async () => Number((await knex('access_log').max('id as id').first())?.id ?? 0);

beforeAll(async () => {
  admin = await loginAs('admin');
  staff = await loginAs('debt_services');
  worker = await loginAs('worker');
  knex = testKnex(directus.db);
  household = data<{ id: string }>(await admin.post('/items/households', { address_key: `AL-${randomUUID()}`, address: 'Logstraat 1, 6001 AA Weert', living_situation: 'alleenstaande' })).id;
  for (const initials of ['A.', 'B.']) {
    signals.push(data<{ id: string }>(await admin.post('/items/signals', {
      initials, surname, birth_date: '1980-01-02', street: 'Logstraat', house_number: 1, postcode: '6001AA', city: 'Weert',
      partner: directus.demo.partners['wonen-limburg'], period, signal_date: amsterdamDate(new Date()), months_in_arrears: 2, household,
    })).id);
  }
});

afterAll(async () => {
  await knex?.destroy();
});

describe(`access log (${directus.dbClient})`, () => {
  test('a staff member opening a signal over the API: who, which item, read, api', async () => {
    const since = await lastId();
    data(await staff.get(`/items/signals/${signals[0]}`));
    const found = await entries({ signals: [signals[0]!] }, staffId, since);
    expect(found).toEqual([expect.objectContaining({ user: staffId, role: 'debt_services', collection: 'signals', item: signals[0], action: 'read', route: 'api' })]);
    expect(Date.now() - Date.parse(found[0]!.timestamp)).toBeLessThan(60_000);
    // A breach investigation reads a time window.
    const window = await accessLogInWindow(knex, new Date(Date.now() - 60_000), new Date(Date.now() + 1000));
    expect(window.map((entry) => entry.id)).toContain(found[0]!.id);
    expect(await accessLogInWindow(knex, new Date(Date.now() - 120_000), new Date(Date.now() - 60_000))).not.toContainEqual(expect.objectContaining({ id: found[0]!.id }));
  });

  test('a list records the ids it returned, also when it did not ask for them; a household read along gets its own entry', async () => {
    const since = await lastId();
    const rows = data<Row[]>(await staff.get(`/items/signals?filter[household][_eq]=${household}&fields=surname,household.address&sort=initials`));
    // The log asks for the keys it records; the answer is still exactly what was asked.
    expect(rows).toEqual([0, 1].map(() => ({ surname, household: { address: 'Logstraat 1, 6001 AA Weert' } })));
    const found = await entries({ signals, households: [household] }, staffId, since);
    expect(found.map(({ collection, item, action }) => ({ collection, item, action }))).toEqual([
      { collection: 'signals', item: signals.join(','), action: 'list' },
      { collection: 'households', item: household, action: 'list' },
    ]);
  });

  test('a search records that it happened and what it found, never the term', async () => {
    const since = await lastId();
    const rows = data<Row[]>(await staff.get(`/items/signals?search=${surname}&fields=id,surname`));
    expect(rows).toHaveLength(2);
    const found = await entries({ signals }, staffId, since);
    expect(found).toEqual([expect.objectContaining({ collection: 'signals', action: 'search', route: 'api' })]);
    expect(found[0]!.item!.split(',').sort()).toEqual([...signals].sort());
    const withTerm = await knex('access_log').where('id', '>', since).andWhere((where) => {
      for (const column of ['item', 'collection', 'action', 'route', 'role', 'user']) where.orWhere(column, 'like', `%${surname}%`);
    });
    expect(withTerm).toEqual([]);
  });

  test('the app (session cookie) is route app', async () => {
    const { email } = directus.demo.users.debt_services;
    const login = await fetch(`${directus.url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: directus.demoPassword, mode: 'session' }) });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie().map((line) => line.split(';')[0]).join('; ');
    const since = await lastId();
    const response = await fetch(`${directus.url}/items/signals/${signals[1]}`, { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(await entries({ signals: [signals[1]!] }, staffId, since)).toEqual([expect.objectContaining({ action: 'read', route: 'app' })]);
  });

  test('a list downloaded as CSV is an export', async () => {
    const since = await lastId();
    const response = await fetch(`${staff.url}/items/signals?filter[household][_eq]=${household}&export=csv`, { headers: { authorization: `Bearer ${staff.token}` } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(surname);
    expect(await entries({ signals }, staffId, since)).toEqual([expect.objectContaining({ action: 'export', route: 'export' })]);
  });

  test('downloading a letter’s file records the document', async () => {
    const file = await uploadFile(admin, 'brief-inzagelog.pdf', '%PDF-1.4 test letter');
    const document = data<{ id: string }>(await admin.post('/items/documents', { kind: 'letter', status: 'ready', file, household, period })).id;
    const since = await lastId();
    const response = await fetch(`${staff.url}/assets/${file}?download`, { headers: { authorization: `Bearer ${staff.token}` } });
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    expect(await entries({ documents: [document] }, staffId, since)).toEqual([
      expect.objectContaining({ collection: 'documents', item: document, action: 'download', route: 'api' }),
    ]);
  });

  test('reading a revision of a signal is reading the signal', async () => {
    const adminId = data<{ id: string }>(await admin.get('/users/me?fields=id')).id;
    const since = await lastId();
    const revisions = data<Row[]>(await admin.get(`/revisions?filter[collection][_eq]=signals&filter[item][_eq]=${signals[0]}&fields=id,collection,item,data`));
    expect(revisions.length).toBeGreaterThan(0);
    expect(await entries({ signals: [signals[0]!] }, adminId, since)).toEqual([expect.objectContaining({ role: 'admin', collection: 'signals', item: signals[0] })]);
  });

  test('the worker’s reads are not logged', async () => {
    const since = await lastId();
    data(await worker.get(`/items/signals/${signals[0]}`));
    data(await worker.get(`/items/signals?filter[household][_eq]=${household}`));
    expect(await entries({ signals }, null, since)).toEqual([]);
  });

  test('nobody changes or deletes an entry through the API, the admin included', async () => {
    const since = await lastId();
    data(await staff.get(`/items/signals/${signals[0]}`));
    const [entry] = await entries({ signals: [signals[0]!] }, staffId, since);
    expect(entry).toBeDefined();
    for (const api of [admin, staff]) {
      const removed = await api.delete(`/items/access_log/${entry!.id}`);
      expect(removed.status).toBe(403);
      const changed = await api.patch(`/items/access_log/${entry!.id}`, { user: null, item: 'x' });
      expect(changed.status).toBe(403);
      const added = await api.post('/items/access_log', { user: staffId, collection: 'signals', item: 'x', action: 'read', route: 'api' });
      expect(added.status).toBe(403);
    }
    expect((await admin.delete(`/items/access_log/${entry!.id}`)).body.errors?.[0]?.message).toBe(ACCESS_LOG_WRITE_REFUSAL);
    expect((await admin.request('DELETE', '/items/access_log', { query: { filter: { id: { _eq: entry!.id } } } })).status).toBe(403);
    const kept = await knex('access_log').where({ id: entry!.id }).first();
    expect(kept).toMatchObject({ user: staffId, collection: 'signals', item: signals[0], action: 'read' });
  });
});
