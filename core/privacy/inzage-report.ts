/**
 * The inzage report (art. 15 AVG, covenant art. 9): everything the municipality holds about
 * one person, gathered from rows a reader fetched (jobs/privacy/read-inzage-source.ts). The
 * reader may fetch more than is needed (a whole address, every log row that mentions an id);
 * this decides what belongs to the person, so the rule is tested without a database:
 *
 * - the person's own signals: those whose BSN, or else surname + birth date + address, are
 *   theirs (inzage-person.ts). A household member's signal never enters, even on the same
 *   case;
 * - from those signals: their facts, their household, their cases; from the cases: the
 *   decisions, referrals, contact attempts and letters. Of a referral and a letter only what
 *   was sent when, to whom and why: the referral's name fields may be another household
 *   member's (the one with the highest arrears), so they are left out;
 * - objections, disclosures and requests recorded under the person's identity;
 * - every access-log entry that names one of those items: who looked, when, at what.
 */
import { isAboutPerson, widenedQuery, type PersonQuery, type PersonRecord } from './inzage-person.ts';

export interface SourceSignal extends PersonRecord {
  id: string;
  partner_name: string | null;
  period: string;
  status: string | null;
  initials: string | null;
  street: string | null;
  house_letter: string | null;
  house_number_addition: string | null;
  city: string | null;
  phone: string | null;
  months_in_arrears: number | null;
  arrears_amount: number | null;
  signal_date: string | null;
  household: string | null;
  case: string | null;
  match_status: string | null;
  brp_situation: string | null;
  has_benefit: boolean | null;
  benefit_kind: string | null;
  known_at_debt_services: boolean | null;
  debt_areas: string[] | null;
  route_trace: string | null;
  routed_at: string | null;
  date_created: string | null;
}

export interface SourceFact {
  signal: string;
  fact: string;
  value: string;
  source_kind: string;
  source_date: string | null;
}

export interface SourceHousehold {
  id: string;
  address: string | null;
  has_minor_children: boolean | null;
  household_size: number | null;
  living_situation: string | null;
  facts_source: string | null;
  facts_date: string | null;
}

export interface SourceCase {
  id: string;
  household: string | null;
  period: string | null;
  status: string | null;
  route: string | null;
  reason: string | null;
  decided_by_rule: string | null;
  rule_route: string | null;
  override_reason: string | null;
  overridden_at: string | null;
  date_matched: string | null;
  date_picked_up: string | null;
  date_first_contact: string | null;
  date_first_talk: string | null;
  date_closed: string | null;
  result: string | null;
  talk_at: string | null;
  talk_place: string | null;
  rent_withholding_consent: boolean | null;
  consent_date: string | null;
}

export interface SourceReferral {
  id: string;
  case: string | null;
  target: string;
  partner_name: string | null;
  status: string | null;
  period: string | null;
  date_sent: string | null;
  outcome: string | null;
  date_outcome: string | null;
  date_referred_back: string | null;
  date_created: string | null;
}

export interface SourceContactAttempt {
  id: string;
  case: string | null;
  referral: string | null;
  kind: string;
  reached: boolean | null;
  date: string | null;
  part_of_day: string | null;
  organisation: string | null;
  note: string | null;
}

export interface SourceLetter {
  id: string;
  case: string | null;
  template_name: string | null;
  status: string | null;
  date_created: string | null;
  reissue_reason: string | null;
}

export interface SourceObjection extends PersonRecord {
  id: string;
  scope: string;
  date_received: string | null;
  date_end: string | null;
}

export interface SourceDisclosure extends PersonRecord {
  id: string;
  date: string | null;
  recipient: string;
  legal_ground: string | null;
  description: string | null;
}

export interface SourcePrivacyRequest extends PersonRecord {
  id: string;
  kind: string;
  status: string | null;
  date_received: string | null;
  deadline: string | null;
  date_done: string | null;
}

export interface SourceAccess {
  id: number | string;
  user_name: string | null;
  role: string | null;
  collection: string;
  /** Ids, comma-separated (a list view names every id it returned). */
  item: string | null;
  action: string | null;
  route: string | null;
  timestamp: string;
}

export interface InzageSource {
  signals: SourceSignal[];
  facts: SourceFact[];
  households: SourceHousehold[];
  cases: SourceCase[];
  referrals: SourceReferral[];
  contactAttempts: SourceContactAttempt[];
  letters: SourceLetter[];
  objections: SourceObjection[];
  disclosures: SourceDisclosure[];
  privacyRequests: SourcePrivacyRequest[];
  access: SourceAccess[];
}

export interface InzageAccessEntry {
  timestamp: string;
  user_name: string | null;
  role: string | null;
  collection: string;
  action: string | null;
  route: string | null;
}

export interface InzageReport {
  signals: SourceSignal[];
  facts: SourceFact[];
  households: SourceHousehold[];
  cases: SourceCase[];
  referrals: SourceReferral[];
  contactAttempts: SourceContactAttempt[];
  letters: SourceLetter[];
  objections: SourceObjection[];
  disclosures: SourceDisclosure[];
  privacyRequests: SourcePrivacyRequest[];
  access: InzageAccessEntry[];
}

/** The collections whose items are the person's, by id, as the access log names them. */
export type OwnItems = Record<string, Set<string>>;

const byDate = <T>(date: (row: T) => string | null) => (a: T, b: T) => (date(a) ?? '').localeCompare(date(b) ?? '');

/** The person's own signals (found by BSN or identity), and the query widened with their identities. */
export function ownSignals(query: PersonQuery, signals: readonly SourceSignal[]): { query: PersonQuery; signals: SourceSignal[] } {
  const first = signals.filter((signal) => isAboutPerson(query, signal));
  const widened = widenedQuery(query, first);
  return { query: widened, signals: signals.filter((signal) => isAboutPerson(widened, signal)) };
}

/** Ids per collection that are the person's; the access log is read against these. */
export function ownItemsOf(report: Omit<InzageReport, 'access'>): OwnItems {
  const ids = (rows: ReadonlyArray<{ id: string }>) => new Set(rows.map((row) => row.id));
  return {
    signals: ids(report.signals),
    households: ids(report.households),
    cases: ids(report.cases),
    referrals: ids(report.referrals),
    contact_attempts: ids(report.contactAttempts),
    documents: ids(report.letters),
    objections: ids(report.objections),
    disclosures: ids(report.disclosures),
    privacy_requests: ids(report.privacyRequests),
  };
}

/** An access-log entry belongs to the person when it names one of their items. */
export function isOwnAccess(entry: Pick<SourceAccess, 'collection' | 'item'>, own: OwnItems): boolean {
  const mine = own[entry.collection];
  if (!mine || !entry.item) return false;
  return entry.item.split(',').some((id) => mine.has(id.trim()));
}

/** Null when nothing at all is held under this identity. */
export function buildInzageReport(query: PersonQuery, source: InzageSource): InzageReport | null {
  const own = ownSignals(query, source.signals);
  const person = own.query;
  const signals = own.signals.sort(byDate((row) => row.signal_date ?? row.period));
  const signalIds = new Set(signals.map((signal) => signal.id));
  const caseIds = new Set(signals.map((signal) => signal.case).filter((id): id is string => Boolean(id)));
  const householdIds = new Set(signals.map((signal) => signal.household).filter((id): id is string => Boolean(id)));
  const referrals = source.referrals.filter((row) => row.case !== null && caseIds.has(row.case)).sort(byDate((row) => row.date_sent ?? row.date_created));
  const referralIds = new Set(referrals.map((row) => row.id));
  const withoutIdentity = {
    signals,
    facts: source.facts.filter((fact) => signalIds.has(fact.signal)).sort(byDate((row) => row.source_date)),
    households: source.households.filter((row) => householdIds.has(row.id)),
    cases: source.cases.filter((row) => caseIds.has(row.id)).sort(byDate((row) => row.date_matched ?? row.period)),
    referrals,
    contactAttempts: source.contactAttempts.filter((row) => (row.case !== null && caseIds.has(row.case)) || (row.referral !== null && referralIds.has(row.referral))).sort(byDate((row) => row.date)),
    letters: source.letters.filter((row) => row.case !== null && caseIds.has(row.case)).sort(byDate((row) => row.date_created)),
    objections: source.objections.filter((row) => isAboutPerson(person, row)).sort(byDate((row) => row.date_received)),
    disclosures: source.disclosures.filter((row) => isAboutPerson(person, row)).sort(byDate((row) => row.date)),
    privacyRequests: source.privacyRequests.filter((row) => isAboutPerson(person, row)).sort(byDate((row) => row.date_received)),
  };
  if (withoutIdentity.signals.length + withoutIdentity.objections.length + withoutIdentity.disclosures.length + withoutIdentity.privacyRequests.length === 0) return null;
  const items = ownItemsOf(withoutIdentity);
  const access = source.access
    .filter((entry) => isOwnAccess(entry, items))
    .sort(byDate((row) => row.timestamp))
    .map(({ timestamp, user_name, role, collection, action, route }) => ({ timestamp, user_name, role, collection, action, route }));
  return { ...withoutIdentity, access };
}
