/**
 * Reads from the project database what an inzage report may need, for one person
 * (core/privacy/inzage-report.ts decides what belongs to them). The reads are wide on purpose
 * and cheap: signals by BSN or by the postcode + house number of the person's identities,
 * then everything linked to those signals, and the access-log rows that mention one of the
 * ids. Used by `npm run privacy` and by the app's endpoint, with a knex of their own.
 */
import type { Knex } from 'knex';
import { readDbDate } from '../../extensions/src/lib/db-dates.ts';
import { normalisePostcode, type PersonQuery } from '../../core/privacy/inzage-person.ts';
import { ownSignals, type InzageSource, type SourceSignal } from '../../core/privacy/inzage-report.ts';

type Row = Record<string, unknown>;

const text = (value: unknown): string | null => (value === null || value === undefined || value === '' ? null : String(value));
const number = (value: unknown): number | null => (value === null || value === undefined || value === '' ? null : Number(value));
const bool = (value: unknown): boolean | null => (value === null || value === undefined ? null : value === true || value === 1 || value === '1' || value === 'true');
const date = (value: unknown): string | null => (value === null || value === undefined || value === '' ? null : readDbDate(value as string | number | Date));
/** A timestamp read back: epoch ms (SQLite), a Date (PostgreSQL) or text → ISO. */
export const instant = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null;
  const moment = value instanceof Date ? value : new Date(typeof value === 'number' || /^\d+$/.test(String(value)) ? Number(value) : String(value));
  return Number.isNaN(moment.getTime()) ? String(value) : moment.toISOString();
};
const list = (value: unknown): string[] | null => {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string' && value.trim().startsWith('[')) {
    try {
      const parsed = JSON.parse(value) as unknown;
      return Array.isArray(parsed) ? parsed.map(String) : null;
    } catch {
      return null;
    }
  }
  return null;
};

/** Chunks of ids for whereIn (SQLite allows at most 999 bound values). */
function chunks<T>(values: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

async function whereIn(knex: Knex, table: string, column: string, ids: readonly (string | number)[], columns: string[] = ['*']): Promise<Row[]> {
  const rows: Row[] = [];
  for (const chunk of chunks([...new Set(ids)])) rows.push(...((await knex(table).select(columns).whereIn(column, chunk)) as Row[]));
  return rows;
}

/** Rows of a person-bearing table by BSN or by the address of one of the identities. */
async function byPerson(knex: Knex, table: string, query: PersonQuery, hasBsn = true): Promise<Row[]> {
  if (!(await knex.schema.hasTable(table))) return [];
  const addresses = query.identities.map((identity) => ({ postcode: normalisePostcode(identity.postcode), house_number: identity.houseNumber }));
  if (!query.bsn && addresses.length === 0) return [];
  return (await knex(table)
    .select('*')
    .where((builder) => {
      if (query.bsn && hasBsn) builder.orWhere('bsn', query.bsn);
      for (const address of addresses) builder.orWhere((inner) => inner.whereIn('postcode', [address.postcode, `${address.postcode.slice(0, 4)} ${address.postcode.slice(4)}`]).andWhere('house_number', address.house_number));
    })) as Row[];
}

function signalOf(row: Row, partners: Map<number, string>): SourceSignal {
  return {
    id: String(row.id),
    partner_name: partners.get(Number(row.partner)) ?? null,
    period: String(row.period ?? ''),
    status: text(row.status),
    bsn: text(row.bsn),
    initials: text(row.initials),
    name_prefix: text(row.name_prefix),
    surname: text(row.surname),
    birth_date: date(row.birth_date),
    street: text(row.street),
    house_number: number(row.house_number),
    house_letter: text(row.house_letter),
    house_number_addition: text(row.house_number_addition),
    postcode: text(row.postcode),
    city: text(row.city),
    phone: text(row.phone),
    months_in_arrears: number(row.months_in_arrears),
    arrears_amount: number(row.arrears_amount),
    signal_date: date(row.signal_date),
    household: text(row.household),
    case: text(row.case),
    match_status: text(row.match_status),
    brp_situation: text(row.brp_situation),
    has_benefit: bool(row.has_benefit),
    benefit_kind: text(row.benefit_kind),
    known_at_debt_services: bool(row.known_at_debt_services),
    debt_areas: list(row.debt_areas),
    route_trace: text(row.route_trace),
    routed_at: instant(row.routed_at),
    date_created: instant(row.date_created),
  };
}

const identityFields = (row: Row) => ({ bsn: text(row.bsn), name_prefix: text(row.name_prefix), surname: text(row.surname), birth_date: date(row.birth_date), postcode: text(row.postcode), house_number: number(row.house_number) });

export interface InzageRead {
  source: InzageSource;
  municipalityName: string;
}

export async function readInzageSource(knex: Knex, query: PersonQuery): Promise<InzageRead> {
  const partners = new Map(((await knex('signal_partners').select('id', 'name')) as Row[]).map((row) => [Number(row.id), String(row.name)]));
  // First by what was asked, then again with the identities of the person's own signals.
  const first = (await byPerson(knex, 'signals', query)).map((row) => signalOf(row, partners));
  const widened = ownSignals(query, first).query;
  const signals = (await byPerson(knex, 'signals', widened)).map((row) => signalOf(row, partners));
  const own = ownSignals(widened, signals).signals;
  const signalIds = own.map((signal) => signal.id);
  const caseIds = own.map((signal) => signal.case).filter((id): id is string => Boolean(id));
  const householdIds = own.map((signal) => signal.household).filter((id): id is string => Boolean(id));

  const facts = await whereIn(knex, 'signal_facts', 'signal', signalIds);
  const households = await whereIn(knex, 'households', 'id', householdIds);
  const cases = await whereIn(knex, 'cases', 'id', caseIds);
  const referrals = await whereIn(knex, 'referrals', 'case', caseIds);
  const attempts = await whereIn(knex, 'contact_attempts', 'case', caseIds);
  const letters = (await whereIn(knex, 'documents', 'case', caseIds)).filter((row) => row.kind === 'letter');
  const templates = new Map(((await knex('templates').select('key', 'name')) as Row[]).map((row) => [String(row.key), String(row.name)]));
  const objections = await byPerson(knex, 'objections', widened);
  const disclosures = await byPerson(knex, 'disclosures', widened);
  const requests = await byPerson(knex, 'privacy_requests', widened);

  const source: InzageSource = {
    signals,
    facts: facts.map((row) => ({ signal: String(row.signal), fact: String(row.fact), value: String(row.value ?? ''), source_kind: String(row.source_kind ?? ''), source_date: date(row.source_date) })),
    households: households.map((row) => ({ id: String(row.id), address: text(row.address), has_minor_children: bool(row.has_minor_children), household_size: number(row.household_size), living_situation: text(row.living_situation), facts_source: text(row.facts_source), facts_date: date(row.facts_date) })),
    cases: cases.map((row) => ({
      id: String(row.id), household: text(row.household), period: text(row.period), status: text(row.status), route: text(row.route), reason: text(row.reason), decided_by_rule: text(row.decided_by_rule), rule_route: text(row.rule_route),
      override_reason: text(row.override_reason), overridden_at: instant(row.overridden_at), date_matched: date(row.date_matched), date_picked_up: date(row.date_picked_up), date_first_contact: date(row.date_first_contact),
      date_first_talk: date(row.date_first_talk), date_closed: date(row.date_closed), result: text(row.result), talk_at: instant(row.talk_at), talk_place: text(row.talk_place), rent_withholding_consent: bool(row.rent_withholding_consent), consent_date: date(row.consent_date),
    })),
    referrals: referrals.map((row) => ({
      id: String(row.id), case: text(row.case), target: String(row.target ?? ''), partner_name: row.partner === null || row.partner === undefined ? null : (partners.get(Number(row.partner)) ?? null), status: text(row.status), period: text(row.period),
      date_sent: date(row.date_sent), outcome: text(row.outcome), date_outcome: date(row.date_outcome), date_referred_back: date(row.date_referred_back), date_created: instant(row.date_created),
    })),
    contactAttempts: attempts.map((row) => ({ id: String(row.id), case: text(row.case), referral: text(row.referral), kind: String(row.kind ?? ''), reached: bool(row.reached), date: date(row.date), part_of_day: text(row.part_of_day), organisation: text(row.organisation), note: text(row.note) })),
    letters: letters.map((row) => ({ id: String(row.id), case: text(row.case), template_name: (row.template_key ? templates.get(String(row.template_key)) : null) ?? text(row.template_key), status: text(row.status), date_created: instant(row.date_created), reissue_reason: text(row.reissue_reason) })),
    objections: objections.map((row) => ({ ...identityFields(row), id: String(row.id), scope: String(row.scope ?? ''), date_received: date(row.date_received), date_end: date(row.date_end) })),
    disclosures: disclosures.map((row) => ({ ...identityFields(row), id: String(row.id), date: date(row.date), recipient: String(row.recipient ?? ''), legal_ground: text(row.legal_ground), description: text(row.description) })),
    privacyRequests: requests.map((row) => ({ ...identityFields(row), id: String(row.id), kind: String(row.kind ?? ''), status: text(row.status), date_received: date(row.date_received), deadline: date(row.deadline), date_done: instant(row.date_done) })),
    access: [],
  };
  source.access = await readAccess(knex, {
    signals: signalIds,
    households: householdIds,
    cases: caseIds,
    referrals: referrals.map((row) => String(row.id)),
    contact_attempts: attempts.map((row) => String(row.id)),
    documents: letters.map((row) => String(row.id)),
    objections: objections.map((row) => String(row.id)),
    disclosures: disclosures.map((row) => String(row.id)),
    privacy_requests: requests.map((row) => String(row.id)),
  });
  const settings = (await knex('app_settings').select('municipality_name').first()) as Row | undefined;
  return { source, municipalityName: text(settings?.municipality_name) ?? 'Gemeente' };
}

/** Access-log rows that mention one of the ids (the core checks the exact id in the list). */
async function readAccess(knex: Knex, items: Record<string, string[]>): Promise<InzageSource['access']> {
  if (!(await knex.schema.hasTable('access_log'))) return [];
  const rows: Row[] = [];
  for (const [collection, ids] of Object.entries(items)) {
    for (const chunk of chunks([...new Set(ids)], 100)) {
      rows.push(...((await knex('access_log').select('*').where('collection', collection).andWhere((builder) => {
        for (const id of chunk) builder.orWhere('item', id).orWhere('item', 'like', `%${id}%`);
      })) as Row[]));
    }
  }
  const userIds = [...new Set(rows.map((row) => text(row.user)).filter((id): id is string => Boolean(id)))];
  const users = new Map((await whereIn(knex, 'directus_users', 'id', userIds, ['id', 'first_name', 'last_name'])).map((row) => [String(row.id), [text(row.first_name), text(row.last_name)].filter(Boolean).join(' ') || null]));
  const roles = new Map(((await knex('directus_roles').select('id', 'name')) as Row[]).map((row) => [String(row.id), String(row.name)]));
  const seen = new Set<string>();
  return rows
    .filter((row) => !seen.has(String(row.id)) && seen.add(String(row.id)))
    .map((row) => ({
      id: String(row.id),
      user_name: users.get(String(row.user)) ?? null,
      role: row.role ? (roles.get(String(row.role)) ?? String(row.role)) : null,
      collection: String(row.collection),
      item: text(row.item),
      action: text(row.action),
      route: text(row.route),
      timestamp: instant(row.timestamp) ?? '',
    }));
}
