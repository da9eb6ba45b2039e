/**
 * Reads the report records of a window (core/reporting/records.ts) from the project database
 * with knex, on SQLite and PostgreSQL alike. Only the columns the figures and the DDAS
 * delivery need are read: no names, birth dates, streets or phone numbers.
 *
 * Dates are compared in JavaScript after reading, not in SQL: SQLite holds a date as epoch
 * milliseconds when written in bulk by the jobs and as text when written through Directus,
 * and the two do not compare. The queries narrow by `period` (text, indexed) instead.
 */
import type { Knex } from 'knex';
import { amsterdamDate } from '../../core/cycle/amsterdam-date.ts';
import { addMonths } from '../../core/cycle/calendar-date.ts';
import type { ContactKind, EndResult, PartOfDay, SignalPartnerType, SignalStatus } from '../../core/ddas/vocabulary.ts';
import type { ReportCase, ReportCaseStatus, ReportContactAttempt, ReportEvictions, ReportRecords, ReportRoute, ReportSignal, ReportWindow } from '../../core/reporting/records.ts';
import { inWindow, monthOf } from '../../core/reporting/report-selection.ts';
import { chunks } from '../../extensions/src/lib/chunks.ts';
import { readDbDate } from '../../extensions/src/lib/db-dates.ts';

type Row = Record<string, unknown>;
const text = (value: unknown): string | null => (value === null || value === undefined || value === '' ? null : String(value));
const num = (value: unknown): number | null => (value === null || value === undefined || value === '' ? null : Number(value));
const bool = (value: unknown): boolean | null => (value === null || value === undefined ? null : value === true || value === 1 || value === '1' || value === 'true');
/** A date column: epoch ms (SQLite, also as digits in text), a Date (PostgreSQL) or "2026-11-30". */
const date = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null;
  return readDbDate(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as string | number | Date));
};
/** A timestamp's Dutch calendar date: epoch ms (SQLite, possibly as text), a Date or ISO text (PostgreSQL). */
const timestampDate = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null;
  const instant = new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as string | number | Date));
  return Number.isNaN(instant.getTime()) ? null : amsterdamDate(instant);
};

/**
 * Periods read around the window: 12 months before it for repeat signals (one more for a
 * signal received in the month after its period) and two after it for a list received
 * before the month it is for. The exact window is then applied to the signal date.
 */
const MONTHS_BEFORE = 13;
const MONTHS_AFTER = 2;
/** The tenant matched in the BRP: only then is the stored BSN the tenant's (signals.match_status). */
const MATCHED = new Set(['matched', 'confirmed']);

export async function readReportRecords(knex: Knex, window: ReportWindow): Promise<ReportRecords> {
  const signals = await readSignals(knex, window);
  const windowCaseIds = new Set(signals.filter((signal) => inWindow(signal.signalDate, window)).map((signal) => signal.caseId).filter((id): id is string => id !== null));
  const cases = (await readCases(knex)).filter((item) => windowCaseIds.has(item.id) || openDuring(item, window));
  const minorChildren = new Map(cases.map((item) => [item.id, item.hasMinorChildren]));
  return {
    // A household whose BRP facts are missing takes its case's (set by routing from the same facts).
    signals: signals.map((signal) => ({ ...signal, hasMinorChildren: signal.hasMinorChildren ?? (signal.caseId ? minorChildren.get(signal.caseId) ?? null : null) })),
    cases: cases.map(({ hasMinorChildren: _drop, ...item }) => item),
    contactAttempts: await readContactAttempts(knex, cases.map((item) => item.id)),
    evictions: await readEvictions(knex, window),
    inhabitants: await readInhabitants(knex),
  };
}

function openDuring(item: ReportCase, window: ReportWindow): boolean {
  const closed = item.closed ?? (item.status === 'closed' ? item.opened : null);
  return item.opened <= window.to && (closed === null || closed >= window.from);
}

async function readSignals(knex: Knex, window: ReportWindow): Promise<ReportSignal[]> {
  const first = addMonths(monthOf(window.from), -MONTHS_BEFORE);
  const last = addMonths(monthOf(window.to), MONTHS_AFTER);
  const rows = (await knex('signals as s')
    .leftJoin('signal_partners as p', 'p.id', 's.partner')
    .leftJoin('households as h', 'h.id', 's.household')
    .select(
      's.id', 's.partner', 's.period', 's.signal_date', 's.arrears_amount', 's.months_in_arrears', 's.status', 's.household', 's.tenant_key', 's.case',
      's.match_status', 's.bsn', 's.postcode', 's.house_number', 's.house_letter', 's.house_number_addition',
      'p.name as partner_name', 'p.partner_type', 'h.has_minor_children',
    )
    .whereBetween('s.period', [first, last])) as Row[];
  const signals: ReportSignal[] = [];
  for (const row of rows) {
    const signalDate = date(row.signal_date);
    if (!signalDate) continue;
    const id = String(row.id);
    const addition = [text(row.house_letter), text(row.house_number_addition)].filter(Boolean).join(' ');
    signals.push({
      id,
      partner: { id: Number(row.partner), name: text(row.partner_name) ?? `partner ${String(row.partner)}`, type: (text(row.partner_type) ?? 'Overige') as SignalPartnerType },
      period: String(row.period),
      signalDate,
      amountEuros: num(row.arrears_amount),
      monthsInArrears: num(row.months_in_arrears),
      arrearsStartDate: null,
      status: String(row.status) as SignalStatus,
      householdKey: text(row.household) ? `household:${String(row.household)}` : text(row.tenant_key) ? `tenant:${String(row.tenant_key)}` : `signal:${id}`,
      hasMinorChildren: bool(row.has_minor_children),
      caseId: text(row.case),
      client: {
        bsn: MATCHED.has(String(row.match_status)) ? text(row.bsn) : null,
        postcode: String(row.postcode ?? ''),
        houseNumber: String(row.house_number ?? ''),
        houseNumberAddition: addition || null,
      },
    });
  }
  return signals;
}

/** Every case (a few thousand at most, retention removes old ones): which were open in the window is decided on dates, in JavaScript. */
async function readCases(knex: Knex): Promise<Array<ReportCase & { hasMinorChildren: boolean | null }>> {
  const rows = (await knex('cases').select('id', 'household', 'route', 'status', 'date_matched', 'date_created', 'date_closed', 'date_picked_up', 'result', 'has_minor_children')) as Row[];
  return rows.map((row) => {
    const dateMatched = date(row.date_matched);
    return {
      id: String(row.id),
      householdKey: text(row.household) ? `household:${String(row.household)}` : null,
      route: text(row.route) as ReportRoute | null,
      status: (text(row.status) ?? 'new') as ReportCaseStatus,
      opened: dateMatched ?? timestampDate(row.date_created) ?? '0000-01-01',
      closed: date(row.date_closed),
      result: text(row.result) as EndResult | null,
      dateMatched,
      datePickedUp: date(row.date_picked_up),
      hasMinorChildren: bool(row.has_minor_children),
    };
  });
}

async function readContactAttempts(knex: Knex, caseIds: string[]): Promise<ReportContactAttempt[]> {
  const attempts: ReportContactAttempt[] = [];
  for (const ids of chunks(caseIds)) {
    const rows = (await knex('contact_attempts').select('id', 'case', 'date', 'kind', 'part_of_day', 'reached').whereIn('case', ids)) as Row[];
    for (const row of rows) {
      const attemptDate = date(row.date);
      if (!attemptDate) continue;
      attempts.push({ id: String(row.id), caseId: String(row.case), date: attemptDate, kind: String(row.kind) as ContactKind, partOfDay: text(row.part_of_day) as PartOfDay | null, reached: bool(row.reached) === true });
    }
  }
  return attempts;
}

/** The `evictions` collection (issue 13) may not exist yet in a database: then there are none. */
async function readEvictions(knex: Knex, window: ReportWindow): Promise<ReportEvictions[]> {
  if (!(await knex.schema.hasTable('evictions'))) return [];
  const rows = (await knex('evictions as e').leftJoin('signal_partners as p', 'p.id', 'e.partner').select('e.partner', 'e.period', 'e.total', 'e.with_minor_children', 'p.name as partner_name')
    .whereBetween('e.period', [monthOf(window.from), monthOf(window.to)])) as Row[];
  return rows.map((row) => ({
    partner: { id: Number(row.partner), name: text(row.partner_name) ?? `partner ${String(row.partner)}` },
    period: String(row.period),
    total: num(row.total) ?? 0,
    withMinorChildren: num(row.with_minor_children) ?? 0,
  }));
}

/** app_settings.inhabitants, once the dashboard's setting exists; until then null (the figure stays empty). */
async function readInhabitants(knex: Knex): Promise<number | null> {
  const row = (await knex('app_settings').first()) as Row | undefined;
  const value = num(row?.inhabitants);
  return value !== null && Number.isFinite(value) && value > 0 ? value : null;
}
