/**
 * Reads what the calendar and its steps decide on, from the project database, into the plain
 * shapes of core/cycle. Dates come back as Directus stores them (epoch ms on SQLite, dates on
 * PostgreSQL) and leave here as calendar dates.
 */
import type { Knex } from 'knex';
import { readDbDate } from '../../extensions/src/lib/db-dates.ts';
import { isCycleStep } from '../../core/cycle/cycle-steps.ts';
import type { StepRun, StepRunStatus } from '../../core/cycle/plan-due-steps.ts';
import type { SourceListFacts } from '../../core/cycle/period-inputs.ts';
import type { PartnerFacts, UploadFacts } from '../../core/cycle/plan-upload-tasks.ts';

const asDate = (value: unknown): string | null => (value === null || value === undefined || value === '' ? null : readDbDate(value as string | number | Date));
const asNumber = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
const asBoolean = (value: unknown): boolean | null => (value === null || value === undefined ? null : value === true || value === 1 || value === '1' || value === 'true');

export async function readPartners(knex: Knex): Promise<PartnerFacts[]> {
  const rows = (await knex('signal_partners').select('id', 'name', 'organisation_role', 'active', 'active_from', 'active_until', 'expected_monthly_signals')) as Array<Record<string, unknown>>;
  return rows.map((row) => ({
    id: Number(row.id),
    name: String(row.name),
    organisation_role: (row.organisation_role as string | null) ?? null,
    active: asBoolean(row.active),
    active_from: asDate(row.active_from),
    active_until: asDate(row.active_until),
    expected_monthly_signals: asNumber(row.expected_monthly_signals),
  }));
}

export async function readUploads(knex: Knex, period: string): Promise<UploadFacts[]> {
  const rows = (await knex('uploads').select('partner', 'status', 'accepted').where({ period })) as Array<Record<string, unknown>>;
  return rows.map((row) => ({ partner: Number(row.partner), status: String(row.status), accepted: asNumber(row.accepted) }));
}

export async function readSourceLists(knex: Knex): Promise<SourceListFacts[]> {
  const rows = (await knex('source_lists').select('kind', 'status', 'reference_date')) as Array<Record<string, unknown>>;
  return rows.map((row) => ({ kind: String(row.kind), status: String(row.status), reference_date: asDate(row.reference_date) ?? '' }));
}

const STATUSES: StepRunStatus[] = ['queued', 'running', 'done', 'failed'];

/** Earlier runs of the calendar's steps (by the worker or by `npm run cycle`); dry runs leave none. */
export async function readStepRuns(knex: Knex, periods: string[]): Promise<StepRun[]> {
  const rows = (await knex('job_runs').select('status', 'args', 'period').where({ kind: 'cycle-step' }).where((query) => query.whereIn('period', periods).orWhereNull('period'))) as Array<{ status: string; args: unknown; period: string | null }>;
  const runs: StepRun[] = [];
  for (const row of rows) {
    const args = (typeof row.args === 'string' ? safeJson(row.args) : row.args) as Record<string, unknown> | null;
    if (!args || typeof args.step !== 'string' || !isCycleStep(args.step) || args.dryRun === true) continue;
    if (!STATUSES.includes(row.status as StepRunStatus)) continue;
    runs.push({ step: args.step, period: String(args.period ?? row.period ?? ''), date: String(args.today ?? ''), status: row.status as StepRunStatus });
  }
  return runs;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export async function countSignals(knex: Knex, period: string, matchStatuses: string[], withoutCase = false): Promise<number> {
  const query = knex('signals').count({ n: '*' }).where({ period }).whereIn('match_status', matchStatuses);
  if (withoutCase) query.whereNull('case');
  const row = (await query.first()) as { n: number | string } | undefined;
  return Number(row?.n ?? 0);
}

/** Decided cases of the period whose household has no letter of the period yet. */
export async function countCasesAwaitingLetter(knex: Knex, period: string): Promise<number> {
  const row = (await knex('cases as c')
    .count({ n: '*' })
    .where('c.period', period)
    .whereNotNull('c.route')
    .whereNotNull('c.household')
    .whereNotExists((query) => query.select(knex.raw('1')).from('documents as d').whereRaw('d.household = c.household').where({ 'd.kind': 'letter', 'd.period': period, 'd.status': 'ready' }))
    .first()) as { n: number | string } | undefined;
  return Number(row?.n ?? 0);
}

/** AMW referrals of the period that AMW has not received yet. */
export async function countReferralsAwaitingRelease(knex: Knex, period: string): Promise<number> {
  const row = (await knex('referrals').count({ n: '*' }).where({ period, target: 'amw', status: 'new' }).whereNull('date_sent').first()) as { n: number | string } | undefined;
  return Number(row?.n ?? 0);
}
