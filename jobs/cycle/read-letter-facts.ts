/**
 * Reads what the letters step decides and renders on from the project database into the
 * plain shapes of core/documents: the period's signals (with their household's address key),
 * their cases with the appointment, the AMW referrals, the letters already made, the staff's
 * re-issue requests, and the facts the letters print (case managers, the AMW organisation,
 * the partner that sent each signal).
 */
import type { Knex } from 'knex';
import { isLetterTemplateKey } from '../../core/documents/letter-template-keys.ts';
import type { LetterCaseFacts } from '../../core/documents/letter-render-data.ts';
import type { LetterCase, LetterReferral, LetterSignal, ProducedLetter, ReissueRequest } from '../../core/documents/plan-letter-run.ts';
import type { Route } from '../../core/routing/routing-input.ts';
import { chunks } from '../../extensions/src/lib/chunks.ts';
import { readDbDate } from '../../extensions/src/lib/db-dates.ts';
import { readCaseObjections } from './read-objections.ts';

type Row = Record<string, unknown>;
const text = (value: unknown): string | null => (value === null || value === undefined || String(value).trim() === '' ? null : String(value));
const num = (value: unknown): number | null => (value === null || value === undefined || value === '' ? null : Number(value));
/** A timestamp as ISO text: epoch ms (SQLite), a Date or text (PostgreSQL). */
function timestamp(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  const instant = new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as string | number | Date));
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/** A staff member's request for a letter once more (a `letter` document with status `requested`). */
export interface LetterRequestRow extends ReissueRequest {
  case: string | null;
  reissue_of: string | null;
}

export interface LetterFacts {
  signals: LetterSignal[];
  cases: LetterCase[];
  referrals: LetterReferral[];
  produced: ProducedLetter[];
  requests: LetterRequestRow[];
  caseFacts: Map<string, LetterCaseFacts>;
  signalPartners: Map<string, string>;
}

async function inChunks(ids: readonly string[], read: (batch: string[]) => Promise<Row[]>): Promise<Row[]> {
  const rows: Row[] = [];
  for (const batch of chunks([...new Set(ids)])) rows.push(...(await read(batch)));
  return rows;
}

export async function readLetterFacts(knex: Knex, period: string, today: string): Promise<LetterFacts> {
  const partnerRows = (await knex('signal_partners').select('id', 'name', 'contact_phone')) as Row[];
  const partners = new Map(partnerRows.map((row) => [Number(row.id), row]));

  const signalRows = (await knex('signals as s')
    .leftJoin('households as h', 'h.id', 's.household')
    .select('s.id', 's.household', 's.case', 's.status', 's.partner', 's.months_in_arrears', 's.arrears_amount', 's.initials', 's.name_prefix', 's.surname', 's.birth_date', 's.street', 's.house_number', 's.house_letter', 's.house_number_addition', 's.postcode', 's.city', 'h.address_key')
    .where('s.period', period)) as Row[];
  const signals: LetterSignal[] = signalRows.map((row) => ({
    id: String(row.id),
    household_key: text(row.address_key) ?? `signal:${String(row.id)}`,
    household: text(row.household),
    case: text(row.case),
    status: text(row.status),
    months_in_arrears: Number(row.months_in_arrears ?? 0),
    arrears_amount: num(row.arrears_amount),
    person: { initials: String(row.initials ?? ''), name_prefix: text(row.name_prefix), surname: String(row.surname ?? ''), birth_date: row.birth_date ? readDbDate(row.birth_date as string | number | Date) : null },
    address: { street: String(row.street ?? ''), house_number: Number(row.house_number), house_letter: text(row.house_letter), house_number_addition: text(row.house_number_addition), postcode: String(row.postcode ?? ''), city: text(row.city) },
  }));
  const signalPartners = new Map<string, string>(signalRows.map((row): [string, string] => [String(row.id), String(partners.get(Number(row.partner))?.name ?? '')]).filter(([, name]) => name !== ''));

  const caseIds = signals.map((signal) => signal.case).filter((id): id is string => id !== null);
  const caseRows = await inChunks(caseIds, (ids) => knex('cases').select('id', 'period', 'route', 'talk_at', 'talk_place', 'regisseur_sdv', 'regisseur_participatie').whereIn('id', ids));
  const referralRows = await inChunks(caseIds, (ids) => knex('referrals').select('id', 'case', 'target', 'status', 'partner').whereIn('case', ids));
  const userIds = caseRows.flatMap((row) => [text(row.regisseur_sdv), text(row.regisseur_participatie)]).filter((id): id is string => id !== null);
  const users = new Map((await inChunks(userIds, (ids) => knex('directus_users').select('id', 'first_name', 'last_name', 'email').whereIn('id', ids))).map((row) => [String(row.id), row]));
  const manager = (id: unknown) => {
    const user = users.get(String(id));
    if (!user) return null;
    const name = [text(user.first_name), text(user.last_name)].filter(Boolean).join(' ');
    return { name, phone: null, email: text(user.email) };
  };

  const objections = await readCaseObjections(knex, caseIds, today);
  const cases: LetterCase[] = caseRows.map((row) => ({
    id: String(row.id),
    period: String(row.period ?? ''),
    route: text(row.route) as Route | null,
    // The household's objection in force today (issue 12): no advance notice, or no letter at all.
    objection: objections.get(String(row.id)) ?? null,
    appointment: { talk_at: timestamp(row.talk_at), talk_place: text(row.talk_place), regisseur_sdv: text(row.regisseur_sdv), regisseur_participatie: text(row.regisseur_participatie) },
  }));
  const referrals: LetterReferral[] = referralRows.map((row) => ({ id: String(row.id), case: text(row.case), target: String(row.target ?? ''), status: String(row.status ?? '') }));
  const caseFacts = new Map<string, LetterCaseFacts>(
    caseRows.map((row) => {
      const referral = referralRows.filter((item) => item.case === row.id && item.target === 'amw' && item.status !== 'withdrawn').sort((a, b) => String(a.id).localeCompare(String(b.id)))[0];
      const amw = referral && referral.partner !== null && referral.partner !== undefined ? partners.get(Number(referral.partner)) : undefined;
      return [String(row.id), {
        talk_at: timestamp(row.talk_at),
        talk_place: text(row.talk_place),
        debtServices: manager(row.regisseur_sdv),
        participation: manager(row.regisseur_participatie),
        amw: amw ? { name: String(amw.name), phone: text(amw.contact_phone), website: null } : null,
      }];
    }),
  );

  // A case's household key as the planner knows it: that of the period's signals of the case.
  const keyOfCase = new Map<string, string>();
  for (const signal of signals) if (signal.case && !keyOfCase.has(signal.case)) keyOfCase.set(signal.case, signal.household_key);
  const householdKeys = new Map(signals.filter((signal) => signal.household).map((signal) => [signal.household!, signal.household_key]));

  const letterRows = (await knex('documents').select('id', 'case', 'household', 'period', 'status', 'letter_key', 'template_key', 'reissue_of', 'reissue_reason').where({ kind: 'letter' }).andWhere((query) => query.where('period', period).orWhere('status', 'requested'))) as Row[];
  const produced: ProducedLetter[] = letterRows
    .filter((row) => row.period === period && (row.status === 'ready' || row.status === null) && isLetterTemplateKey(row.template_key))
    .map((row) => ({
      id: String(row.id),
      household_key: householdKeyOfLetter(row, period, householdKeys, keyOfCase),
      period,
      template_key: String(row.template_key),
      // A fulfilled request is itself the letter; it is no longer waiting.
      reissue_request: null,
    }));
  // A request may name only the earlier letter: its case is that letter's.
  const requestRows = letterRows.filter((row) => row.status === 'requested');
  const withoutCase = requestRows.filter((row) => !text(row.case) && text(row.reissue_of));
  const earlierCase = new Map((await inChunks(withoutCase.map((row) => String(row.reissue_of)), (ids) => knex('documents').select('id', 'case').whereIn('id', ids))).map((row) => [String(row.id), text(row.case)]));
  for (const row of withoutCase) row.case = earlierCase.get(String(row.reissue_of)) ?? null;
  const requestCases = await inChunks(requestRows.map((row) => String(row.case ?? '')).filter(Boolean), (ids) => knex('cases').select('id', 'period').whereIn('id', ids));
  const periodOf = new Map(requestCases.map((row) => [String(row.id), String(row.period ?? '')]));
  const requests: LetterRequestRow[] = requestRows
    .filter((row) => row.period === period || periodOf.get(String(row.case)) === period || keyOfCase.has(String(row.case)))
    .map((row) => ({ id: String(row.id), household_key: keyOfCase.get(String(row.case)) ?? `case:${String(row.case)}`, reason: String(row.reissue_reason ?? ''), case: text(row.case), reissue_of: text(row.reissue_of) }));

  return { signals, cases, referrals, produced, requests, caseFacts, signalPartners };
}

/** The household a stored letter went to: its household's key, else the one in its letter key (`period:household:template…`). */
function householdKeyOfLetter(row: Row, period: string, householdKeys: Map<string, string>, keyOfCase: Map<string, string>): string {
  const household = text(row.household);
  if (household && householdKeys.has(household)) return householdKeys.get(household)!;
  const letterKey = text(row.letter_key);
  const marker = `:${String(row.template_key)}`;
  if (letterKey?.startsWith(`${period}:`) && letterKey.includes(marker)) return letterKey.slice(period.length + 1, letterKey.lastIndexOf(marker));
  return keyOfCase.get(String(row.case)) ?? `document:${String(row.id)}`;
}
