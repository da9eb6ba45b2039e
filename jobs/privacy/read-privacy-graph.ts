/**
 * Reads the rows that hold or point at personal data into core/privacy's graph: ids, links and
 * calendar dates only (no names leave the database here). Dates come back as Directus stores
 * them (epoch ms on SQLite, dates on PostgreSQL) and leave as "YYYY-MM-DD".
 */
import type { Knex } from 'knex';
import type { PrivacyGraph } from '../../core/privacy/privacy-graph.ts';
import { readDbDate } from '../../extensions/src/lib/db-dates.ts';

type Row = Record<string, unknown>;

const asDate = (value: unknown): string | null => (value === null || value === undefined || value === '' ? null : readDbDate(value as string | number | Date));
const asId = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
const asText = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

/** A JSON column (text on SQLite, parsed on PostgreSQL) that holds at least one entry. */
function hasEntries(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') {
    try {
      const parsed: unknown = JSON.parse(value);
      return Array.isArray(parsed) ? parsed.length > 0 : parsed !== null;
    } catch {
      return value.trim() !== '';
    }
  }
  return true;
}

export async function readPrivacyGraph(knex: Knex): Promise<PrivacyGraph> {
  const select = async (table: string, fields: string[]) => (await knex(table).select(fields)) as Row[];
  const [households, cases, signals, referrals, attempts, tasks, facts, documents, uploads, sourceLists] = await Promise.all([
    select('households', ['id', 'date_created']),
    select('cases', ['id', 'household', 'status', 'date_closed', 'result', 'date_created', 'date_updated']),
    select('signals', ['id', 'case', 'household', 'period', 'signal_date', 'date_created']),
    select('referrals', ['id', 'case', 'status', 'outcome', 'date_outcome', 'date_created']),
    select('contact_attempts', ['id', 'case', 'referral', 'date']),
    select('tasks', ['id', 'case']),
    select('signal_facts', ['id', 'signal', 'source_list', 'source_date', 'date_created']),
    select('documents', ['id', 'kind', 'case', 'household', 'file', 'date_created']),
    select('uploads', ['id', 'processed_at', 'date_created', 'error_report']),
    select('source_lists', ['id', 'reference_date', 'file', 'date_created']),
  ]);
  return {
    households: households.map((row) => ({ id: String(row.id), created: asDate(row.date_created) })),
    cases: cases.map((row) => ({
      id: String(row.id), household: asId(row.household), status: asText(row.status), date_closed: asDate(row.date_closed), result: asText(row.result), created: asDate(row.date_created), updated: asDate(row.date_updated),
    })),
    signals: signals.map((row) => ({ id: String(row.id), case: asId(row.case), household: asId(row.household), period: asText(row.period), signal_date: asDate(row.signal_date), created: asDate(row.date_created) })),
    referrals: referrals.map((row) => ({ id: String(row.id), case: asId(row.case), status: asText(row.status), outcome: asText(row.outcome), date_outcome: asDate(row.date_outcome), created: asDate(row.date_created) })),
    contactAttempts: attempts.map((row) => ({ id: String(row.id), case: asId(row.case), referral: asId(row.referral), date: asDate(row.date) })),
    tasks: tasks.map((row) => ({ id: String(row.id), case: asId(row.case) })),
    signalFacts: facts.map((row) => ({ id: String(row.id), signal: String(row.signal), source_list: asId(row.source_list), source_date: asDate(row.source_date), created: asDate(row.date_created) })),
    documents: documents.map((row) => ({ id: String(row.id), kind: String(row.kind), case: asId(row.case), household: asId(row.household), file: asId(row.file), created: asDate(row.date_created) })),
    uploads: uploads.map((row) => ({ id: String(row.id), created: asDate(row.processed_at) ?? asDate(row.date_created), has_error_report: hasEntries(row.error_report) })),
    sourceLists: sourceLists.map((row) => ({ id: String(row.id), reference_date: asDate(row.reference_date), created: asDate(row.date_created), file: asId(row.file) })),
  };
}
