/**
 * Step `feedback` (before the 10th, after `letters`): each signal partner that sent signals for
 * the period gets one XLSX with a row per own signal — what it sent itself plus the decision
 * (core/documents/feedback-rows.ts) — stored as a Directus file only its users may download,
 * recorded in `documents` (kind partner_feedback) and announced to its active users.
 *
 * First it settles the period: every signal still waiting (BRP review, benefits list) is
 * routed now as at the feedback deadline (route-step.ts with settleWaiting), so every row
 * carries one of the three decisions. Running it again changes nothing when nothing changed
 * (store-export-document.ts); a dry run writes nothing, not even the settling.
 */
import type { Knex } from 'knex';
import { buildFeedbackRows, FEEDBACK_COLUMNS, type FeedbackSignal } from '../../core/documents/feedback-rows.ts';
import { feedbackSummary } from '../../core/documents/export-notice.ts';
import type { Route } from '../../core/routing/routing-input.ts';
import { readDbDate } from '../../extensions/src/lib/db-dates.ts';
import type { JobLog, JobOutcome, WorkerDirectusApi } from '../job-types.ts';
import { planPeriodRouting, runRouteStep } from './route-step.ts';
import { storeExportDocument } from './store-export-document.ts';
import { tenantFieldsOf } from './read-tenant-fields.ts';
import { readSignalObjections } from './read-objections.ts';

export interface FeedbackStepContext {
  knex: Knex;
  directus: WorkerDirectusApi;
  now: Date;
  log: JobLog;
}

type Row = Record<string, unknown>;
const text = (value: unknown): string | null => (value === null || value === undefined || value === '' ? null : String(value));
const num = (value: unknown): number | null => (value === null || value === undefined || value === '' ? null : Number(value));

export async function runFeedbackStep(context: FeedbackStepContext, input: { period: string; today: string; dryRun: boolean }): Promise<JobOutcome> {
  const { knex } = context;
  const { period, today, dryRun } = input;

  // Counted in signals (a household's signals share one case).
  let settled: number;
  if (dryRun) {
    const plan = await planPeriodRouting(knex, { period, today, settleWaiting: true });
    settled = plan.signals.filter((signal) => signal.routed).length;
  } else {
    const before = await unroutedSignals(knex, period);
    await runRouteStep(knex, { period, today, dryRun: false, now: context.now, settleWaiting: true });
    settled = before - (await unroutedSignals(knex, period));
  }

  const partners = await signalPartnersOf(knex, period);
  const signals = await readFeedbackSignals(knex, period, today);
  const counts = { settled, partners: partners.length, signals: signals.length, rows: 0, undecided: 0, created: 0, replaced: 0, unchanged: 0, notified: 0, notify_failed: 0 };
  if (dryRun) {
    const what = partners.length ? `een terugkoppeling voor ${partners.length} signaalpartner(s) maken over ${signals.length} signaal/signalen` : 'geen terugkoppeling maken: er zijn geen signalen';
    return { message: `Proefrun terugkoppeling ${period}: zou eerst ${settled} wachtend(e) signaal/signalen afhandelen (route zoals op de uiterste datum) en dan ${what}; er is niets opgeslagen.`, counts };
  }

  for (const partner of partners) {
    const { rows, undecided } = buildFeedbackRows({ partner: partner.id, period, signals });
    counts.rows += rows.length;
    counts.undecided += undecided.length;
    const stored = await storeExportDocument({ ...context }, {
      kind: 'partner_feedback',
      partner,
      period,
      columns: FEEDBACK_COLUMNS,
      rows,
      summary: feedbackSummary(rows.map((row) => row.decision), undecided.length),
    });
    counts[stored.outcome] += 1;
    counts.notified += stored.notified;
    if (stored.notifyFailed) counts.notify_failed += 1;
  }

  if (partners.length === 0) return { message: `Terugkoppeling ${period}: geen signalen in deze periode; er is niets gemaakt.${settledText(settled)}`, counts };
  const files = [
    counts.created ? `${counts.created} nieuw` : '',
    counts.replaced ? `${counts.replaced} bijgewerkt` : '',
    counts.unchanged ? `${counts.unchanged} ongewijzigd (al eerder gemaakt)` : '',
  ].filter(Boolean).join(', ');
  const undecidedText = counts.undecided ? ` Let op: ${counts.undecided} signaal/signalen hebben nog geen beslissing (geen huishouden?) en staan niet in de bestanden; controleer ze.` : '';
  const notifyText = counts.notify_failed ? ` De melding aan de gebruikers van ${counts.notify_failed} signaalpartner(s) is mislukt; de bestanden staan wel klaar.` : '';
  return {
    message: `Terugkoppeling ${period}: ${partners.length} bestand(en) (${files}) met samen ${counts.rows} signaal/signalen; ${counts.notified} gebruiker(s) kregen een melding.${settledText(settled)}${undecidedText}${notifyText}`,
    counts,
  };
}

const settledText = (settled: number) => (settled ? ` Eerst ${settled} wachtend(e) signaal/signalen gerouteerd zoals op de uiterste datum.` : '');

async function unroutedSignals(knex: Knex, period: string): Promise<number> {
  const row = (await knex('signals').where({ period }).whereNull('case').count({ n: '*' }).first()) as { n: number | string } | undefined;
  return Number(row?.n ?? 0);
}

/** The partners that sent signals for the period, with their organisation name (for the file name). */
async function signalPartnersOf(knex: Knex, period: string): Promise<Array<{ id: number; name: string }>> {
  const rows = (await knex('signal_partners as p').select('p.id', 'p.name').whereIn('p.id', knex('signals').select('partner').where({ period })).orderBy('p.id')) as Row[];
  return rows.map((row) => ({ id: Number(row.id), name: String(row.name) }));
}

/** The period's signals with only what the feedback may hold: the signal's own fields and the decision state. */
async function readFeedbackSignals(knex: Knex, period: string, today: string): Promise<FeedbackSignal[]> {
  const rows = (await knex('signals as s')
    .leftJoin('cases as c', 'c.id', 's.case')
    .select('s.id', 's.partner', 's.period', 's.status', 's.case', 'c.route', 's.initials', 's.name_prefix', 's.surname', 's.birth_date', 's.street', 's.house_number', 's.house_letter', 's.house_number_addition', 's.postcode', 's.city', 's.phone', 's.months_in_arrears', 's.arrears_amount')
    .where('s.period', period)) as Row[];
  const objections = await readSignalObjections(knex, rows.map((row) => String(row.id)), today);
  return rows.map((row) => ({
    id: String(row.id),
    partner: Number(row.partner),
    period: String(row.period),
    status: text(row.status),
    case: row.case ? { route: (text(row.route) as Route | null) } : null,
    // The tenant's objection (issue 12): only its scope, for the decision label.
    objection: objections.get(String(row.id)) ?? null,
    ...tenantFieldsOf(row),
    birth_date: row.birth_date ? readDbDate(row.birth_date as string | number | Date) : '',
    months_in_arrears: Number(row.months_in_arrears ?? 0),
    arrears_amount: num(row.arrears_amount),
  }));
}
