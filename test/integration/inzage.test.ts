/**
 * Issue 12, inzage in one click: a tenant routed to AMW asks what the municipality holds.
 * The report — by `npm run privacy -- inzage` and by the action on the request in the app —
 * lists the signal with its partner, the decision, the referral, the letter and who looked at
 * the file, and nothing of the other tenant on the same case. Also: the request's deadline,
 * closing a correction only with a reason, a correction of personal fields only for an open
 * correction request (and the partners told once it is done), and a breach's 72-hour deadline
 * and affected persons from the access log.
 *
 * The records are made directly (as letters-step.test.ts does), in a period of its own, so the
 * test needs no worker, no BRP and no routing run. The access log rows are written with knex:
 * the access-log hook may not be on this branch.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { pdfPageTexts } from '../../adapters/pdf/pdf-text.ts';
import { isValidBsn } from '../../core/sources/read-source-rows.ts';
import { dbDates } from '../../extensions/src/lib/db-dates.ts';
import { fromRoot } from '../../scripts/lib/project-paths.ts';
import { loginAs, type Api } from '../support/api.ts';
import { dbEnv, testKnex } from '../support/workers.ts';

const directus = inject('directus');
const PERIOD = '2044-03';
const tag = randomUUID().slice(0, 6);
type Row = Record<string, unknown>;

/** A valid, random BSN (the elfproef), so parallel tests never share one. */
function randomBsn(): string {
  for (;;) {
    const candidate = String(100_000_000 + Math.floor(Math.random() * 899_999_999));
    if (isValidBsn(candidate)) return candidate;
  }
}

const PERSON = { bsn: randomBsn(), initials: 'K.', name_prefix: null, surname: `Inzagehuurder${tag}`, birth_date: '1975-03-02', street: 'Molenstraat', house_number: 7, postcode: '6001AA', city: 'Weert' };
const HOUSEMATE = { bsn: randomBsn(), initials: 'L.', name_prefix: null, surname: `Huisgenoot${tag}`, birth_date: '1977-08-09', street: 'Molenstraat', house_number: 7, postcode: '6001AA', city: 'Weert' };

let admin: Api;
let staff: Api;
let knex: Knex;
let staffUser: { id: string; name: string; role: string };
let corporation: number;
let amw: number;
let household: string;
let caseId: string;
let ownSignal: string;
let housemateSignal: string;
let referral: string;
let letter: string;
let letterName: string;
let inzageRequest: string;
const requests: string[] = [];
const breaches: string[] = [];
const documents: string[] = [];
let folder: string;

function data<T>(response: { status: number; body: { data?: unknown; errors?: unknown } }): T {
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data as T;
}

function privacy(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [fromRoot('node_modules/tsx/dist/cli.mjs'), fromRoot('scripts/privacy.ts'), ...args],
      { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NODE_ENV: 'test', ...dbEnv(directus.db), INIT_CWD: folder }, encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) => resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

async function download(api: Api, fileId: string): Promise<Buffer> {
  const response = await fetch(`${directus.url}/assets/${fileId}?download`, { headers: { authorization: `Bearer ${api.token}` } });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

/** What every report of PERSON must hold, and must not. */
function expectReportOfPerson(text: string) {
  expect(text).toContain('Inzagerapport');
  expect(text).toContain(PERSON.surname);
  expect(text).toContain(`Inzagecorporatie ${tag}`);
  expect(text).toContain('Waarom deze route');
  expect(text).toContain(`Geen uitkering, onbekend bij schulddienstverlening ${tag}`);
  expect(text).toContain(`AMW Inzage ${tag}`);
  expect(text).toContain(letterName);
  expect(text).toContain(staffUser.name);
  expect(text).toContain('bekeken');
  expect(text).not.toContain(HOUSEMATE.surname);
  expect(text).not.toContain(HOUSEMATE.bsn);
}

beforeAll(async () => {
  admin = await loginAs('admin');
  staff = await loginAs('debt_services');
  knex = testKnex(directus.db);
  folder = await mkdtemp(path.join(tmpdir(), 'inzage-test-'));
  const me = data<{ id: string; first_name: string | null; last_name: string | null; role: string }>(await staff.get('/users/me?fields=id,first_name,last_name,role'));
  staffUser = { id: me.id, name: [me.first_name, me.last_name].filter(Boolean).join(' '), role: me.role };

  corporation = data<{ id: number }>(await admin.post('/items/signal_partners', { code: `inz-${tag}`, name: `Inzagecorporatie ${tag}`, partner_type: 'Huur', organisation_role: 'signal_partner' })).id;
  amw = data<{ id: number }>(await admin.post('/items/signal_partners', { code: `inz-amw-${tag}`, name: `AMW Inzage ${tag}`, partner_type: 'Overige', organisation_role: 'social_work', active: false })).id;
  household = data<{ id: string }>(await admin.post('/items/households', { address_key: `INZ-${randomUUID()}`, address: 'Molenstraat 7, 6001 AA Weert', household_size: 2 })).id;
  caseId = data<{ id: string }>(await admin.post('/items/cases', { household, period: PERIOD, status: 'in_contact', route: 'amw', rule_route: 'amw', decided_by_rule: 'huurschuld-convenant@1', reason: `Geen uitkering, onbekend bij schulddienstverlening ${tag} → AMW`, priority: 1, date_matched: '2044-04-02' })).id;
  const signal = (person: typeof PERSON, months: number) => ({ partner: corporation, period: PERIOD, signal_date: '2044-03-30', months_in_arrears: months, arrears_amount: 300 * months, ...person, household, case: caseId, match_status: 'matched', route_trace: `Route AMW voor ${person.surname}` });
  ownSignal = data<{ id: string }>(await admin.post('/items/signals', signal(PERSON, 2))).id;
  housemateSignal = data<{ id: string }>(await admin.post('/items/signals', signal(HOUSEMATE, 3))).id;
  // As routing makes it: addressed to the tenant with the highest arrears, the housemate.
  referral = data<{ id: string }>(await admin.post('/items/referrals', { ...HOUSEMATE, bsn: undefined, case: caseId, target: 'amw', partner: amw, period: PERIOD, status: 'in_progress', priority: 1, months_in_arrears: 3 })).id;
  await knex('referrals').where({ id: referral }).update({ date_sent: dbDates(knex).date('2044-04-11') });
  data(await admin.post('/items/contact_attempts', { case: caseId, referral, kind: 'Telefonisch', reached: true, date: '2044-04-13' }));
  const template = (await knex('templates').select('name').where({ key: 'advance_notice_amw' }).first()) as { name: string } | undefined;
  letterName = template?.name ?? 'advance_notice_amw';
  letter = randomUUID();
  await knex('documents').insert({ id: letter, kind: 'letter', status: 'ready', case: caseId, household, period: PERIOD, template_key: 'advance_notice_amw', date_created: dbDates(knex).timestamp(new Date('2044-04-03T07:00:00Z')) });
  documents.push(letter);

  // A staff member opens the signal; the access log records it (by hand here, see above).
  expect((await staff.get(`/items/signals/${ownSignal}`)).status).toBe(200);
  const at = (iso: string) => dbDates(knex).timestamp(new Date(iso));
  await knex('access_log').insert([
    { user: staffUser.id, role: staffUser.role, collection: 'signals', item: ownSignal, action: 'read', route: 'app', timestamp: at('2044-04-05T09:15:00Z') },
    { user: staffUser.id, role: staffUser.role, collection: 'signals', item: housemateSignal, action: 'read', route: 'app', timestamp: at('2044-04-05T09:16:00Z') },
    { user: staffUser.id, role: staffUser.role, collection: 'referrals', item: referral, action: 'read', route: 'app', timestamp: at('2044-04-05T09:17:00Z') },
  ]);
}, 60_000);

afterAll(async () => {
  if (!knex) return;
  const reports = (await knex('privacy_requests').select('report').whereIn('id', requests).whereNotNull('report')) as Array<{ report: string }>;
  const docs = (await knex('documents').select('id', 'file').whereIn('id', [...documents, ...reports.map((row) => row.report)])) as Array<{ id: string; file: string | null }>;
  for (const id of requests) await knex('tasks').where('task_key', 'like', `inform_partners:${id}:%`).delete();
  await knex('privacy_requests').whereIn('id', requests).delete();
  for (const doc of docs) if (doc.file) await admin.delete(`/files/${doc.file}`);
  await knex('documents').whereIn('id', docs.map((doc) => doc.id)).delete();
  await knex('data_breaches').whereIn('id', breaches).delete();
  await knex('contact_attempts').where({ case: caseId }).delete();
  await knex('referrals').where({ case: caseId }).delete();
  await knex('signals').whereIn('id', [ownSignal, housemateSignal]).delete();
  await knex('cases').where({ id: caseId }).delete();
  await knex('households').where({ id: household }).delete();
  await knex('signal_partners').whereIn('id', [corporation, amw].filter(Boolean)).delete();
  // The access log is append-only for everyone but retention; these rows name only test ids.
  await knex('access_log').whereIn('item', [ownSignal, housemateSignal, referral, caseId, household, letter, ...requests].filter(Boolean)).delete();
  await rm(folder, { recursive: true, force: true });
  await knex.destroy();
});

describe(`inzage report (${directus.dbClient})`, () => {
  test('an inzage request gets its deadline one month after receipt', async () => {
    inzageRequest = data<{ id: string }>(await staff.post('/items/privacy_requests', { kind: 'inzage', date_received: '2044-01-31', bsn: PERSON.bsn, surname: PERSON.surname, birth_date: PERSON.birth_date, postcode: PERSON.postcode, house_number: PERSON.house_number })).id;
    requests.push(inzageRequest);
    expect(data<Row>(await staff.get(`/items/privacy_requests/${inzageRequest}?fields=deadline,status`))).toEqual({ deadline: '2044-02-29', status: 'received' });
  });

  test('npm run privacy -- inzage --bsn writes the report: signal, decision, referral, letter, access; not the housemate', async () => {
    const run = await privacy(['inzage', '--bsn', PERSON.bsn, '--out', 'rapport.pdf']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('Inzagerapport opgeslagen in');
    expect(run.stdout).toMatch(/1 signaal, 1 zaak, 1 doorverwijzing, 1 brief, \d+ keer ingezien/);
    expect(run.stdout + run.stderr).not.toContain(PERSON.surname);
    const text = pdfPageTexts(await readFile(path.join(folder, 'rapport.pdf'))).join('\n');
    expectReportOfPerson(text);
  });

  test('by surname, birth date and address the same person is found; nobody: exit 1', async () => {
    const byName = await privacy(['inzage', '--surname', PERSON.surname.toUpperCase(), '--birth-date', PERSON.birth_date, '--postcode', '6001 aa', '--house-number', '7', '--out', 'naam.pdf']);
    expect(byName.status, byName.stdout + byName.stderr).toBe(0);
    expectReportOfPerson(pdfPageTexts(await readFile(path.join(folder, 'naam.pdf'))).join('\n'));

    let nobody = randomBsn();
    while (nobody === PERSON.bsn || nobody === HOUSEMATE.bsn) nobody = randomBsn();
    const notFound = await privacy(['inzage', '--bsn', nobody, '--out', 'niemand.pdf']);
    expect(notFound.status).toBe(1);
    expect(notFound.stderr).toContain('geen gegevens gevonden');
    // Wrong arguments (also exit 1) are covered by scripts/lib/privacy-arguments.test.ts.
  });

  test('the action on the request: confirmation page, POST, the report stored as a document and linked', async () => {
    const url = `${directus.url}/vroegsignalering/privacy-requests/${inzageRequest}/inzagerapport`;
    const headers = { authorization: `Bearer ${staff.token}` };
    const confirm = await fetch(url, { headers, redirect: 'manual' });
    expect(confirm.status).toBe(200);
    const page = await confirm.text();
    expect(page).toContain('Inzagerapport maken');
    expect(page).toContain('<form method="post">');
    expect(page).not.toContain(PERSON.surname);

    // Without a login, or from another site (the browser names it), nothing is made.
    expect((await fetch(url, { method: 'POST', redirect: 'manual' })).status).toBe(403);
    expect((await fetch(url, { redirect: 'manual' })).status).toBe(401);
    expect((await fetch(url, { method: 'POST', headers: { ...headers, origin: 'https://elders.example' }, redirect: 'manual' })).status).toBe(403);
    expect(data<{ report: string | null }>(await staff.get(`/items/privacy_requests/${inzageRequest}?fields=report`)).report).toBeNull();
    const posted = await fetch(url, { method: 'POST', headers, redirect: 'manual' });
    expect(posted.status, await posted.clone().text()).toBe(303);
    expect(posted.headers.get('location')).toBe(`/admin/content/privacy_requests/${inzageRequest}`);

    const request = data<{ report: { id: string; kind: string; status: string; file: string; summary: string } | null; status: string }>(await staff.get(`/items/privacy_requests/${inzageRequest}?fields=status,report.id,report.kind,report.status,report.file,report.summary`));
    expect(request.status).toBe('in_progress');
    expect(request.report).toMatchObject({ kind: 'inzage_report', status: 'ready', summary: expect.stringContaining('1 signaal') });
    expect(request.report!.summary).not.toContain(PERSON.surname);
    const text = pdfPageTexts(await download(staff, request.report!.file)).join('\n');
    expectReportOfPerson(text);
    // Making the report is itself on record (ids only).
    const exported = (await knex('access_log').select('collection', 'item').where({ action: 'export', user: staffUser.id, collection: 'signals' })) as Array<{ item: string }>;
    expect(exported.some((row) => row.item.split(',').includes(ownSignal))).toBe(true);
    expect(exported.some((row) => row.item.split(',').includes(housemateSignal))).toBe(false);
  });

  test('a correction is closed only with a reason', async () => {
    const refused = await staff.post('/items/privacy_requests', { kind: 'correction', status: 'done', date_received: '2044-04-20', bsn: PERSON.bsn });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.message).toContain('alleen afhandelen met een reden');
    const open = data<{ id: string }>(await staff.post('/items/privacy_requests', { kind: 'correction', date_received: '2044-04-20', bsn: PERSON.bsn, description: 'Telefoonnummer klopt niet' })).id;
    requests.push(open);
    expect((await staff.patch(`/items/privacy_requests/${open}`, { status: 'done' })).status).toBe(400);
    // The correction of personal data itself: refused without an open request, accepted with one.
    const other = await staff.patch(`/items/signals/${housemateSignal}`, { phone: '0612345678' });
    expect(other.status).toBe(400);
    expect(other.body.errors?.[0]?.message).toContain('Correctie of aanvulling');
    expect((await staff.patch(`/items/signals/${ownSignal}`, { phone: '0612345678' })).status).toBe(200);
    expect((await staff.patch(`/items/signals/${ownSignal}`, { status: 'Opgepakt' })).status).toBe(200);
    const done = await staff.patch(`/items/privacy_requests/${open}`, { status: 'done', reason: 'Telefoonnummer verbeterd op verzoek' });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const closed = data<Row>(await staff.get(`/items/privacy_requests/${open}?fields=result,date_done`));
    expect(closed.result).toContain(`signaal ${ownSignal} gewijzigd (phone)`);
    expect(closed.date_done).toBeTruthy();
    // Every partner that received the person's data hears of it: the corporation and AMW.
    const tasks = (await knex('tasks').select('kind', 'partner', 'status').where('task_key', 'like', `inform_partners:${open}:%`).orderBy('partner')) as Row[];
    expect(tasks.map((task) => [task.kind, Number(task.partner), task.status])).toEqual([['inform_partners', corporation, 'open'], ['inform_partners', amw, 'open']].sort((a, b) => Number(a[1]) - Number(b[1])));
  });

  test('a breach gets its 72-hour deadline and the persons read in its window from the access log', async () => {
    const breach = data<{ id: string }>(await staff.post('/items/data_breaches', { found_at: '2044-04-06T08:00:00.000Z', description: 'Test: lijst verkeerd gemaild', status: 'open', window_start: '2044-04-05T09:14:00.000Z', window_end: '2044-04-05T09:16:30.000Z' })).id;
    breaches.push(breach);
    const row = data<{ ap_deadline: string; affected_persons: number; affected_items: Record<string, string[]> }>(await staff.get(`/items/data_breaches/${breach}?fields=ap_deadline,affected_persons,affected_items`));
    expect(new Date(row.ap_deadline).toISOString()).toBe('2044-04-09T08:00:00.000Z');
    expect(row.affected_items.signals?.sort()).toEqual([ownSignal, housemateSignal].sort());
    expect(row.affected_persons).toBe(2);
  });
});
