/**
 * Routing benchmark: a 10,000-signal period routed by the real route step (read, plan, write
 * in one transaction) on a throwaway instance, SQLite and PostgreSQL. The signals are written
 * straight to the database as enrichment leaves them: matched, with households (some shared by
 * two signals), benefit, debt-services and water facts, and a second run shows the cost of a
 * re-run that has nothing to decide.
 */
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { dbDates } from '../extensions/src/lib/db-dates.ts';
import { chunks } from '../extensions/src/lib/chunks.ts';
import { runRouteStep } from '../jobs/cycle/route-step.ts';
import { startEphemeralInstance } from '../scripts/lib/ephemeral-instance.ts';
import { createDatabase, dropDatabase, PG_HOST, PG_PORT, PG_USER, postgresAnswers } from '../test/setup/postgres.ts';
import { testKnex } from '../test/support/workers.ts';
import type { BenchResult } from './intake.ts';

const PERIOD = '2031-05';

async function seed(knex: Knex, signals: number) {
  const dates = dbDates(knex);
  const now = dates.timestamp(new Date());
  const [corporation] = (await knex('signal_partners').insert({ code: 'bench-corp', name: 'Bench Corporatie', partner_type: 'Huur', organisation_role: 'signal_partner', active: true }, ['id'])) as Array<{ id: number } | number>;
  await knex('signal_partners').insert({ code: 'bench-amw', name: 'Bench AMW', partner_type: 'Overige', organisation_role: 'social_work', active: true });
  const partner = typeof corporation === 'object' ? corporation.id : corporation!;
  const benefits = randomUUID();
  const debt = randomUUID();
  const water = randomUUID();
  const households: Array<Record<string, unknown>> = [];
  const rows: Array<Record<string, unknown>> = [];
  const facts: Array<Record<string, unknown>> = [];
  for (let i = 0; i < signals; i += 1) {
    // Every twelfth signal shares the household of the one before (two tenants, one address).
    const shared = i % 12 === 11;
    const house = shared ? households[households.length - 1]! : { id: randomUUID(), address_key: `6001AA|${i}||`, has_minor_children: i % 4 === 0, household_size: 1 + (i % 5), living_situation: i % 4 === 0 ? 'alleenstaande ouder' : 'alleenstaand', date_created: now };
    if (!shared) households.push(house);
    const id = randomUUID();
    rows.push({
      id, partner, period: PERIOD, status: 'Nog niet opgepakt', initials: 'A.', surname: `Bench${i}`, birth_date: dates.date('1980-01-01'), street: 'Benchstraat', house_number: i + 1, postcode: '6001AA', city: 'Weert',
      months_in_arrears: 1 + (i % 6) / 2, arrears_amount: 300 + (i % 97) * 11, signal_date: dates.date('2031-05-30'), match_status: i % 50 === 0 ? 'ambiguous' : 'matched', brp_situation: i % 50 === 0 ? null : i % 40 === 1 ? 'moved' : 'at_address',
      household: house.id, tenant_key: `bench-${i}`, is_repeat: false, date_created: now,
    });
    if (i % 5 === 0) facts.push({ id: randomUUID(), signal: id, fact: 'benefit', value: 'Participatiewet', source_list: benefits, source_kind: 'benefits', source_date: dates.date('2031-06-01'), date_created: now });
    if (i % 7 === 0) facts.push({ id: randomUUID(), signal: id, fact: 'debt_services', value: 'Bekend bij schulddienstverlening', source_list: debt, source_kind: 'debt_services', source_date: dates.date('2031-06-01'), date_created: now });
    if (i % 3 === 0) facts.push({ id: randomUUID(), signal: id, fact: 'debt_area', value: 'Water', source_list: water, source_kind: 'water', source_date: dates.date('2031-06-01'), date_created: now });
  }
  // The lists come in after the signals, as in the month: a list only speaks of signals it saw.
  const later = dates.timestamp(new Date(Date.now() + 1000));
  await knex('source_lists').insert([
    { id: benefits, kind: 'benefits', reference_date: dates.date('2031-06-01'), status: 'processed', date_created: later },
    { id: debt, kind: 'debt_services', reference_date: dates.date('2031-06-01'), status: 'processed', date_created: later },
    { id: water, kind: 'water', reference_date: dates.date('2031-06-01'), status: 'processed', date_created: later },
  ]);
  for (const batch of chunks(households, 200)) await knex('households').insert(batch);
  for (const batch of chunks(rows, 100)) await knex('signals').insert(batch);
  for (const batch of chunks(facts, 200)) await knex('signal_facts').insert(batch);
}

async function measure(dbClient: 'sqlite3' | 'pg', signals: number): Promise<Record<string, string>> {
  const instance = await startEphemeralInstance({ dbClient, postgres: { host: PG_HOST, port: PG_PORT, user: PG_USER, createDatabase, dropDatabase } });
  const knex = testKnex(instance.db);
  try {
    await seed(knex, signals);
    const started = performance.now();
    const first = await runRouteStep(knex, { period: PERIOD, today: '2031-06-03', dryRun: false, now: new Date() });
    const seconds = (performance.now() - started) / 1000;
    const againStarted = performance.now();
    await runRouteStep(knex, { period: PERIOD, today: '2031-06-03', dryRun: false, now: new Date() });
    const again = (performance.now() - againStarted) / 1000;
    const counts = first.counts ?? {};
    return {
      [`route ${signals} signals (read, plan, write)`]: `${(signals / seconds).toFixed(0)} signals/s (${seconds.toFixed(1)} s)`,
      decided: `${counts.municipality} gemeente, ${counts.amw} AMW, ${counts.none} niet, ${counts.joined} bij een zaak, ${counts.waiting} wachten; ${counts.referrals} doorverwijzingen, ${counts.tasks} taken`,
      're-run with nothing to decide': `${again.toFixed(2)} s`,
    };
  } finally {
    await knex.destroy();
    await instance.stop();
  }
}

export async function benchRouting(signals = 10_000): Promise<BenchResult[]> {
  const results: BenchResult[] = [{ name: `Routing, SQLite: a ${signals}-signal period`, figures: await measure('sqlite3', signals) }];
  if (await postgresAnswers()) results.push({ name: `Routing, PostgreSQL: a ${signals}-signal period`, figures: await measure('pg', signals) });
  else results.push({ name: 'Routing, PostgreSQL', figures: { skipped: 'PostgreSQL does not answer on 127.0.0.1:5432' } });
  return results;
}
