import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { computeFigures } from '../../core/reporting/compute-figures.ts';
import { projectKnexConfig } from '../db-settings.ts';
import type { WorkerDirectusApi } from '../job-types.ts';
import { makeDdasDelivery } from './make-ddas-delivery.ts';
import { readReportRecords } from './read-report-records.ts';
import { storeDdasDocument } from './store-ddas-document.ts';

// The tables as far as the reader reads them (the real ones hold more columns). Dates are
// stored both ways SQLite gets them: epoch ms (bulk writes by the jobs) and text (Directus).
const ms = (date: string) => Date.parse(`${date}T00:00:00Z`);
const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
let dir: string;
let knex: Knex;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vs-report-'));
  knex = knexFactory(projectKnexConfig({ client: 'sqlite3', filename: path.join(dir, 'db.sqlite') }));
  await knex.schema.createTable('signal_partners', (t) => { t.integer('id'); t.string('name'); t.string('partner_type'); });
  await knex.schema.createTable('households', (t) => { t.string('id'); t.boolean('has_minor_children').nullable(); });
  await knex.schema.createTable('signals', (t) => {
    for (const c of ['id', 'period', 'status', 'household', 'tenant_key', 'case', 'match_status', 'bsn', 'postcode', 'house_letter', 'house_number_addition']) t.string(c).nullable();
    t.date('signal_date');
    t.decimal('arrears_amount', 10, 2).nullable();
    t.decimal('months_in_arrears', 5, 1).nullable();
    t.integer('partner');
    t.integer('house_number');
  });
  await knex.schema.createTable('cases', (t) => {
    for (const c of ['id', 'household', 'route', 'status', 'result']) t.string(c).nullable();
    for (const c of ['date_matched', 'date_closed', 'date_picked_up']) t.date(c).nullable();
    t.timestamp('date_created').nullable();
    t.boolean('has_minor_children').nullable();
  });
  await knex.schema.createTable('contact_attempts', (t) => { for (const c of ['id', 'case', 'kind', 'part_of_day']) t.string(c).nullable(); t.date('date'); t.boolean('reached'); });
  await knex.schema.createTable('app_settings', (t) => { t.integer('id'); for (const c of ['municipality_name', 'municipality_code', 'sender_name', 'contact_email', 'contact_phone']) t.string(c).nullable(); });
  await knex.schema.createTable('documents', (t) => { for (const c of ['id', 'kind', 'status', 'period', 'file', 'summary', 'date_created']) t.string(c).nullable(); t.integer('rows'); });

  await knex('signal_partners').insert([{ id: 1, name: 'Wonen Limburg', partner_type: 'Huur' }, { id: 2, name: 'WML', partner_type: 'Water' }]);
  await knex('households').insert([{ id: 'h1', has_minor_children: null }]);
  await knex('app_settings').insert({ id: 1, municipality_name: 'Gemeente Weert', municipality_code: '0988', sender_name: 'Team Schulddienstverlening', contact_email: 'sdv@weert.nl', contact_phone: '0495 575 000' });
  const person = { postcode: '6001AB', house_number: 1 };
  await knex('signals').insert([
    { id: 's-oct', period: '2026-10', status: 'Opgepakt', household: 'h1', case: 'c1', match_status: 'matched', bsn: '123456782', ...person, arrears_amount: '400.00', months_in_arrears: '1.0', partner: 1, signal_date: ms('2026-10-30') },
    { id: 's1', period: '2026-11', status: 'Niet opgepakt: herhaalde melding', household: 'h1', case: 'c1', match_status: 'confirmed', bsn: '123456782', ...person, arrears_amount: '812.40', months_in_arrears: '2.0', partner: 1, signal_date: ms('2026-11-30') },
    // Not matched: a BSN found earlier and then doubted is not the tenant's; the address goes.
    { id: 's2', period: '2026-11', status: 'Nog niet opgepakt', tenant_key: 't2', match_status: 'ambiguous', bsn: '111222333', postcode: '6002CD', house_number: 3, house_letter: 'A', house_number_addition: '2', months_in_arrears: '1.0', partner: 2, signal_date: '2026-11-15' },
    { id: 's-dec', period: '2026-12', status: 'Opgepakt', match_status: 'pending', ...person, months_in_arrears: '1.0', partner: 1, signal_date: '2026-12-01' },
  ]);
  await knex('cases').insert([
    { id: 'c1', household: 'h1', route: 'amw', status: 'in_contact', date_matched: ms('2026-10-31'), date_created: Date.parse('2026-10-31T10:00:00Z'), has_minor_children: 1 },
    // Open during November, no signal in it: only the open-cases figure sees it.
    { id: 'c-old', route: 'municipality', status: 'closed', date_matched: '2026-08-03', date_closed: '2026-12-10', result: 'Vervolghulp en/of verwijzing financieel' },
    // Closed before November: not read into the records.
    { id: 'c-gone', route: 'amw', status: 'closed', date_matched: '2026-05-03', date_closed: '2026-07-10' },
  ]);
  await knex('contact_attempts').insert([{ id: 'a1', case: 'c1', kind: 'Telefoon', part_of_day: 'Middag', date: ms('2026-11-03'), reached: 1 }, { id: 'a2', case: 'c-old', kind: 'Brief', part_of_day: null, date: '2026-08-05', reached: 0 }]);
});

afterAll(async () => {
  await knex.destroy();
  await rm(dir, { recursive: true, force: true });
});

describe('reading the report records of a window', () => {
  test('dates stored as epoch ms and as text both read as calendar dates; the earlier months come along for repeat signals', async () => {
    const records = await readReportRecords(knex, NOVEMBER);
    expect(records.signals.map((signal) => [signal.id, signal.signalDate]).sort()).toEqual([['s-dec', '2026-12-01'], ['s-oct', '2026-10-30'], ['s1', '2026-11-30'], ['s2', '2026-11-15']]);
    expect(records.cases.map((item) => item.id).sort()).toEqual(['c-old', 'c1']);
    expect(records.cases.find((item) => item.id === 'c1')).toMatchObject({ opened: '2026-10-31', dateMatched: '2026-10-31', closed: null });
    expect(records.contactAttempts.map((attempt) => [attempt.id, attempt.date, attempt.reached]).sort()).toEqual([['a1', '2026-11-03', true], ['a2', '2026-08-05', false]]);
    expect(records.evictions).toEqual([]);
    expect(records.inhabitants).toBeNull();
  });

  test('household, minor children from the case when the household does not know, BSN only when matched', async () => {
    const records = await readReportRecords(knex, NOVEMBER);
    const s1 = records.signals.find((signal) => signal.id === 's1')!;
    const s2 = records.signals.find((signal) => signal.id === 's2')!;
    expect(s1).toMatchObject({ householdKey: 'household:h1', hasMinorChildren: true, amountEuros: 812.4, monthsInArrears: 2, partner: { id: 1, name: 'Wonen Limburg', type: 'Huur' }, client: { bsn: '123456782' } });
    expect(s2).toMatchObject({ householdKey: 'tenant:t2', hasMinorChildren: null, amountEuros: null, client: { bsn: null, postcode: '6002CD', houseNumber: '3', houseNumberAddition: 'A 2' } });
  });

  test('the figures of the window', async () => {
    const figures = computeFigures(await readReportRecords(knex, NOVEMBER), NOVEMBER);
    expect(figures.counts).toEqual({ signals: 2, households: 2, cases: 1, contactAttempts: 1 });
    expect(figures.signalKinds).toMatchObject({ single: 2, repeat: 1 });
    expect(figures.openCases.total).toBe(2);
  });
});

describe('the DDAS delivery from the database', () => {
  test('valid, with the settings\' municipality code and contact, and "GM" + code as supplier', async () => {
    const outcome = await makeDdasDelivery(knex, NOVEMBER, { now: new Date('2026-12-05T10:00:00Z'), supplierCode: null });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.counts).toEqual({ signals: 2, cases: 1, contactAttempts: 1, households: 2 });
    expect(outcome.delivery).toMatchObject({ codeGegevensleverancier: 'GM0988', leveringen: [{ gemeentecode: '0988', aanleverendeOrganisatie: { naam: 'Gemeente Weert' } }] });
    expect(outcome.json).not.toContain('111222333');
  });

  test('stored once per window in documents; a second delivery replaces the file', async () => {
    const files: string[] = [];
    const deleted: string[] = [];
    const directus = {
      uploadFile: async () => { files.push(`f${files.length + 1}`); return files.at(-1)!; },
      deleteFile: async (id: string) => { deleted.push(id); },
    } as unknown as WorkerDirectusApi;
    const log = { info: () => {}, warn: () => {}, error: () => {} };
    const input = { window: NOVEMBER, json: '{}', counts: { signals: 2, cases: 1, contactAttempts: 1 }, now: new Date('2026-12-05T10:00:00Z') };
    const first = await storeDdasDocument({ knex, directus, log }, input);
    const second = await storeDdasDocument({ knex, directus, log }, input);
    expect([first.outcome, second.outcome, second.document]).toEqual(['created', 'replaced', first.document]);
    expect(deleted).toEqual(['f1']);
    expect(await knex('documents').select('kind', 'period', 'file', 'rows', 'summary')).toEqual([{ kind: 'ddas_export', period: '2026-11', file: 'f2', rows: 2, summary: 'DDAS-levering 1 november 2026 t/m 30 november 2026: 2 signalen, 1 vroegsignaalzaak, 1 contactpoging.' }]);
  });

  test('refused when a stored value breaks the schema, with the field\'s path', async () => {
    await knex('signals').update({ bsn: '12345678' }).where({ id: 's1' });
    const outcome = await makeDdasDelivery(knex, NOVEMBER, { now: new Date('2026-12-05T10:00:00Z'), supplierCode: 'X' });
    expect(outcome).toEqual({ ok: false, reason: 'invalid', errors: [{ path: '/leveringen/0/vroegsignalen/1/client/burgerservicenummer', message: 'Een BSN heeft precies 9 cijfers.' }] });
    await knex('signals').update({ bsn: '123456782' }).where({ id: 's1' });
  });
});
