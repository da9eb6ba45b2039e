/**
 * The objection register (issue 12) as the cycle steps need it: the objections in force on a
 * day, and which of them applies to the period's signals and cases. The matching itself is
 * core's (core/privacy/match-objection.ts); this reads the rows.
 */
import type { Knex } from 'knex';
import { chunks } from '../../extensions/src/lib/chunks.ts';
import { readDbDate } from '../../extensions/src/lib/db-dates.ts';
import { isActiveOn, objectionFor, widestScope, type ObjectionRecord, type ObjectionScope, type PersonIdentity } from '../../core/privacy/match-objection.ts';

type Row = Record<string, unknown>;
const text = (value: unknown): string | null => (value === null || value === undefined || String(value).trim() === '' ? null : String(value));
const date = (value: unknown): string | null => (value === null || value === undefined || value === '' ? null : readDbDate(value as string | number | Date));

export function objectionRecord(row: Row): ObjectionRecord {
  return {
    id: String(row.id),
    scope: row.scope === 'all' ? 'all' : 'amw',
    date_received: date(row.date_received) ?? '9999-12-31',
    date_end: date(row.date_end),
    bsn: text(row.bsn),
    surname: text(row.surname),
    name_prefix: text(row.name_prefix),
    birth_date: date(row.birth_date),
    postcode: text(row.postcode),
    house_number: row.house_number === null || row.house_number === undefined || row.house_number === '' ? null : Number(row.house_number),
  };
}

/** The objections in force on the day (the register is small: read whole, filtered here). */
export async function readObjectionsInForce(knex: Knex, today: string): Promise<ObjectionRecord[]> {
  const rows = (await knex('objections').select('id', 'scope', 'date_received', 'date_end', 'bsn', 'surname', 'name_prefix', 'birth_date', 'postcode', 'house_number')) as Row[];
  return rows.map(objectionRecord).filter((objection) => isActiveOn(objection, today));
}

/** A signal row's identity (the BSN is the one the BRP match found). */
export function signalIdentity(row: Row): PersonIdentity {
  return {
    bsn: text(row.bsn),
    surname: text(row.surname),
    name_prefix: text(row.name_prefix),
    birth_date: date(row.birth_date),
    postcode: text(row.postcode),
    house_number: row.house_number === null || row.house_number === undefined ? null : Number(row.house_number),
  };
}

const IDENTITY_COLUMNS = ['id', 'case', 'bsn', 'surname', 'name_prefix', 'birth_date', 'postcode', 'house_number'];

/**
 * Per case, the widest objection in force today of anyone signalled in it (a case is one
 * household): what the letters and the AMW overview honour.
 */
export async function readCaseObjections(knex: Knex, caseIds: readonly string[], today: string): Promise<Map<string, ObjectionScope>> {
  const found = new Map<string, ObjectionScope>();
  const objections = await readObjectionsInForce(knex, today);
  if (objections.length === 0) return found;
  for (const ids of chunks([...new Set(caseIds)])) {
    for (const row of (await knex('signals').select(IDENTITY_COLUMNS).whereIn('case', ids)) as Row[]) {
      const objection = objectionFor(objections, signalIdentity(row), today);
      const caseId = String(row.case);
      const scope = widestScope([found.get(caseId), objection?.scope]);
      if (scope) found.set(caseId, scope);
    }
  }
  return found;
}

/** Per signal, the objection in force today of its tenant (for the partner feedback's decision label). */
export async function readSignalObjections(knex: Knex, signalIds: readonly string[], today: string): Promise<Map<string, ObjectionScope>> {
  const found = new Map<string, ObjectionScope>();
  const objections = await readObjectionsInForce(knex, today);
  if (objections.length === 0) return found;
  for (const ids of chunks([...new Set(signalIds)])) {
    for (const row of (await knex('signals').select(IDENTITY_COLUMNS).whereIn('id', ids)) as Row[]) {
      const objection = objectionFor(objections, signalIdentity(row), today);
      if (objection) found.set(String(row.id), objection.scope);
    }
  }
  return found;
}
