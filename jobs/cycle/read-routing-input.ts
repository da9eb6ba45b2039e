/**
 * Reads what routing decides on from the project database into the plain shapes of
 * core/routing: the settings, the current source lists, the period's signals without a case
 * (with their household and facts) and the cases they may join or be ranked among.
 */
import type { Knex } from 'knex';
import { chunks } from '../../extensions/src/lib/chunks.ts';
import { readDbDate } from '../../extensions/src/lib/db-dates.ts';
import type { LivingSituation } from '../../core/household/household-facts.ts';
import { objectionFor, type ObjectionRecord } from '../../core/privacy/match-objection.ts';
import type { BrpSituation, CurrentLists, ExistingCase, FactKind, Route, RoutingFact, RoutingObjection, RoutingSignal } from '../../core/routing/routing-input.ts';
import { routingSettingsFrom, type RoutingSettings } from '../../core/routing/routing-settings.ts';
import { readObjectionsInForce, signalIdentity } from './read-objections.ts';

type Row = Record<string, unknown>;
const text = (value: unknown): string | null => (value === null || value === undefined || value === '' ? null : String(value));
const num = (value: unknown): number | null => (value === null || value === undefined || value === '' ? null : Number(value));
const bool = (value: unknown): boolean | null => (value === null || value === undefined ? null : value === true || value === 1 || value === '1' || value === 'true');
const date = (value: unknown): string | null => (value === null || value === undefined || value === '' ? null : readDbDate(value as string | number | Date));
/** A timestamp as ISO text: epoch ms (SQLite), a Date or text (PostgreSQL). */
const timestamp = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null;
  const instant = new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as string | number | Date));
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
};

export interface RoutingContextRows {
  settings: RoutingSettings;
  lists: CurrentLists;
  amwPartner: { id: number; name: string } | null;
  partnerNames: Map<number, string>;
}

export async function readRoutingContext(knex: Knex): Promise<RoutingContextRows> {
  const settingsRow = (await knex('app_settings').first()) as Row | undefined;
  const partners = (await knex('signal_partners').select('id', 'name', 'organisation_role', 'active', 'min_months_in_arrears')) as Row[];
  const socialWork = partners.filter((row) => row.organisation_role === 'social_work' && bool(row.active) !== false).sort((a, b) => Number(a.id) - Number(b.id));
  // The current list of a kind is the processed one with the latest reference date (a newer one replaces it).
  const listRows = (await knex('source_lists').select('kind', 'reference_date', 'date_created').where({ status: 'processed' }).whereIn('kind', ['benefits', 'debt_services'])) as Row[];
  const current = (kind: string) => listRows.filter((row) => row.kind === kind).map((row) => ({ reference: date(row.reference_date) ?? '', loaded: timestamp(row.date_created) })).sort((a, b) => b.reference.localeCompare(a.reference) || (b.loaded ?? '').localeCompare(a.loaded ?? ''))[0];
  const benefits = current('benefits');
  const debtServices = current('debt_services');
  return {
    settings: routingSettingsFrom(settingsRow ?? null, partners.map((row) => ({ id: Number(row.id), min_months_in_arrears: row.min_months_in_arrears }))),
    lists: { benefits: benefits?.reference ?? null, debt_services: debtServices?.reference ?? null, benefits_loaded_at: benefits?.loaded ?? null, debt_services_loaded_at: debtServices?.loaded ?? null },
    amwPartner: socialWork[0] ? { id: Number(socialWork[0].id), name: String(socialWork[0].name) } : null,
    partnerNames: new Map(partners.map((row) => [Number(row.id), String(row.name)])),
  };
}

const SIGNAL_COLUMNS = [
  's.id', 's.period', 's.partner', 's.date_created', 's.months_in_arrears', 's.arrears_amount', 's.match_status', 's.brp_situation', 's.household', 's.route_trace',
  's.bsn', 's.initials', 's.name_prefix', 's.surname', 's.birth_date', 's.street', 's.house_number', 's.house_letter', 's.house_number_addition', 's.postcode', 's.city', 's.phone',
  'h.address_key', 'h.has_minor_children', 'h.living_situation',
];

/**
 * The period's signals that have no case yet: new ones and those still waiting, each with
 * the tenant's objection in force today (issue 12).
 */
export async function readUnroutedSignals(knex: Knex, period: string, partnerNames: Map<number, string>, today: string): Promise<RoutingSignal[]> {
  const objections = await readObjectionsInForce(knex, today);
  const rows = (await knex('signals as s').leftJoin('households as h', 'h.id', 's.household').select(SIGNAL_COLUMNS).where('s.period', period).whereNull('s.case')) as Row[];
  const facts = new Map<string, RoutingFact[]>();
  for (const ids of chunks(rows.map((row) => String(row.id)))) {
    for (const fact of (await knex('signal_facts').select('signal', 'fact', 'value', 'source_kind', 'source_date').whereIn('signal', ids)) as Row[]) {
      const list = facts.get(String(fact.signal)) ?? [];
      list.push({ fact: String(fact.fact) as FactKind, value: String(fact.value), source_kind: String(fact.source_kind), source_date: date(fact.source_date) ?? '' });
      facts.set(String(fact.signal), list);
    }
  }
  return rows.map((row) => {
    const id = String(row.id);
    const partner = Number(row.partner);
    return {
      id,
      period: String(row.period),
      partner,
      partner_name: partnerNames.get(partner) ?? `partner ${partner}`,
      months_in_arrears: Number(row.months_in_arrears ?? 0),
      arrears_amount: num(row.arrears_amount),
      match_status: String(row.match_status ?? 'pending'),
      brp_situation: text(row.brp_situation) as BrpSituation | null,
      objection: routingObjection(objectionFor(objections, signalIdentity(row), today)),
      household: text(row.household),
      household_key: text(row.address_key) ?? `signal:${id}`,
      has_minor_children: bool(row.has_minor_children),
      living_situation: text(row.living_situation) as LivingSituation | null,
      facts: (facts.get(id) ?? []).sort((a, b) => a.fact.localeCompare(b.fact) || a.value.localeCompare(b.value)),
      person: {
        initials: String(row.initials ?? ''),
        name_prefix: text(row.name_prefix),
        surname: String(row.surname ?? ''),
        birth_date: date(row.birth_date) ?? '',
        street: String(row.street ?? ''),
        house_number: Number(row.house_number),
        house_letter: text(row.house_letter),
        house_number_addition: text(row.house_number_addition),
        postcode: String(row.postcode ?? ''),
        city: text(row.city),
        phone: text(row.phone),
      },
      route_trace: text(row.route_trace),
      created_at: timestamp(row.date_created),
    };
  });
}

/** Only what a trace names: the scope and the date received. */
function routingObjection(objection: ObjectionRecord | null): RoutingObjection | null {
  return objection ? { scope: objection.scope, date_received: objection.date_received } : null;
}

const CASE_COLUMNS = ['c.id', 'c.household', 'c.period', 'c.route', 'c.status', 'c.months_in_arrears', 'c.arrears_amount', 'c.has_minor_children', 'c.attention_reason', 'c.priority', 'h.address_key'];

function existingCase(row: Row): ExistingCase & { priority: number | null } {
  return {
    id: String(row.id),
    household: String(row.household ?? ''),
    household_key: text(row.address_key) ?? `case:${String(row.id)}`,
    period: String(row.period ?? ''),
    route: text(row.route) as Route | null,
    status: String(row.status ?? 'new'),
    months_in_arrears: num(row.months_in_arrears),
    arrears_amount: num(row.arrears_amount),
    has_minor_children: bool(row.has_minor_children),
    attention_reason: text(row.attention_reason),
    first_signal: null,
    priority: num(row.priority),
  };
}

/** Cases the households may join: this period's, and open ones of earlier periods. */
export async function readHouseholdCases(knex: Knex, period: string, households: string[]): Promise<ExistingCase[]> {
  const found: ExistingCase[] = [];
  for (const ids of chunks([...new Set(households)])) {
    const rows = (await knex('cases as c').leftJoin('households as h', 'h.id', 'c.household').select(CASE_COLUMNS).whereIn('c.household', ids)
      .andWhere((query) => query.where('c.period', period).orWhere((open) => open.where('c.period', '<', period).andWhereNot('c.status', 'closed')))) as Row[];
    found.push(...rows.map(existingCase));
  }
  return found;
}

export async function readPeriodCases(knex: Knex, period: string): Promise<Array<ExistingCase & { priority: number | null }>> {
  return ((await knex('cases as c').leftJoin('households as h', 'h.id', 'c.household').select(CASE_COLUMNS).where('c.period', period)) as Row[]).map(existingCase);
}
