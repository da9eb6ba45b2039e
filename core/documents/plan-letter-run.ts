/**
 * Which letters a period's decisions call for (issue 11, item 4; covenant art. 10.1, 10.4,
 * 10.5, 11.2). Pure: the letters step reads the period's signals, their cases, the AMW
 * referrals and the letters already made, asks this planner, then renders and stores what
 * it says. Nothing is rendered here.
 *
 * - One envelope per household per period. A household signalled by two corporations (or a
 *   corporation and the water company) gets one letter, addressed to its signalled tenants.
 * - Only for a decided case: a household whose signals still wait gets nothing yet.
 * - The case's route picks the letter: municipality → `invitation_municipality` (it needs
 *   the appointment on the case: date and time in the future, place, both case managers);
 *   AMW → `advance_notice_amw` (it needs a referral to AMW that was not withdrawn); none →
 *   `privacy_information`. A signal that joined an open case of an earlier period gets no
 *   new letter (routing says so in its trace): that case's letter went out then.
 * - A household that objected to everything gets no letter at all; one that objected to AMW
 *   gets no advance notice (and no substitute: it knows, it objected).
 * - A tenant the BRP reports deceased is not addressed; a household with only such tenants
 *   gets nothing.
 * - Idempotent by household + period + template key: a letter already made is not made again,
 *   and a household that already had another letter this period gets no second envelope.
 *   A re-issue (a person's request with a reason) makes the letter the decision calls for
 *   now once more; its request id makes a repeated run of the same request a no-op.
 * - The letters come out in the post room's order (postcode, house number, letter, addition).
 */
import { dutchDate, dutchPeriod } from '../routing/dutch-date.ts';
import type { Route } from '../routing/routing-input.ts';
import type { ObjectionScope } from './decision-label.ts';
import { LETTER_LABELS, type LetterTemplateKey } from './letter-template-keys.ts';
import { comparePostalAddress, type PostalAddress } from './postcode-order.ts';

export interface LetterPerson {
  initials: string;
  name_prefix: string | null;
  surname: string;
  birth_date: string | null;
}

export interface LetterAddress extends PostalAddress {
  street: string;
  city: string | null;
}

/** A signal of the period, as the letters step reads it. */
export interface LetterSignal {
  id: string;
  /** The household's address key; a signal without a household uses `signal:<id>`, as routing does. */
  household_key: string;
  household: string | null;
  case: string | null;
  /** The signal's DDAS status. */
  status: string | null;
  months_in_arrears: number;
  arrears_amount: number | null;
  person: LetterPerson;
  /** The rented address as the partner sent it: where the letter goes. */
  address: LetterAddress;
}

export interface LetterAppointment {
  /** ISO timestamp of the talk; its date must lie after today. */
  talk_at: string | null;
  talk_place: string | null;
  regisseur_sdv: string | null;
  regisseur_participatie: string | null;
}

export interface LetterCase {
  id: string;
  period: string;
  route: Route | null;
  /** The household's objection (art. 10.4); the register comes with issue 12, pass null until then. */
  objection: ObjectionScope | null;
  appointment: LetterAppointment;
}

export interface LetterReferral {
  id: string;
  case: string | null;
  target: string;
  status: string;
}

/** A letter already made (documents of kind `letter`). */
export interface ProducedLetter {
  id: string;
  household_key: string;
  period: string;
  template_key: string;
  /** The re-issue request it answered, null for a letter of a regular run. */
  reissue_request: string | null;
}

/** A person asks for a household's letter once more, with a reason ("afspraak verzet"). */
export interface ReissueRequest {
  id: string;
  household_key: string;
  reason: string;
}

export interface LetterRunInput {
  period: string;
  /** ISO date: an appointment must lie after it. */
  today: string;
  /** Every signal of the period. */
  signals: readonly LetterSignal[];
  /** The cases those signals belong to. */
  cases: readonly LetterCase[];
  /** Referrals of those cases. */
  referrals: readonly LetterReferral[];
  /** Letters made for these households in this period. */
  produced: readonly ProducedLetter[];
  reissues?: readonly ReissueRequest[];
}

export interface PlannedLetter {
  /** Unique per letter: period, household and template key (and the re-issue request). */
  letter_key: string;
  template_key: LetterTemplateKey;
  period: string;
  household_key: string;
  household: string | null;
  case: string;
  route: Route;
  /** The signals this envelope answers. */
  signals: string[];
  /** The tenant the letter is addressed to: the heaviest signal's. */
  addressee: LetterPerson;
  /** Other signalled tenants of the household, named on the same letter. */
  co_addressees: LetterPerson[];
  address: LetterAddress;
  reissue: { request: string; reason: string; replaces: string | null } | null;
}

export const SKIP_CODES = [
  'undecided',
  'case_missing',
  'repeat_signal',
  'objection',
  'objection_amw',
  'no_referral',
  'appointment_missing',
  'appointment_past',
  'deceased',
  'already_produced',
  'other_letter_this_period',
  'reissue_without_reason',
  'reissue_unknown_household',
  'reissue_done',
  'reissue_duplicate',
] as const;
export type SkipCode = (typeof SKIP_CODES)[number];

export interface SkippedLetter {
  code: SkipCode;
  /** Dutch, for the step's report and the case: what happened and what to do. */
  reason: string;
  household_key: string;
  case: string | null;
  signals: string[];
  reissue_request: string | null;
}

export interface LetterRunPlan {
  letters: PlannedLetter[];
  skipped: SkippedLetter[];
  counts: {
    letters: number;
    invitation_municipality: number;
    advance_notice_amw: number;
    privacy_information: number;
    reissued: number;
    households: number;
    skipped: Record<SkipCode, number>;
  };
}

/** A re-issue needs a reason a colleague can understand later. */
export const MIN_REISSUE_REASON_LENGTH = 5;

const DECEASED = 'Inwoner is overleden';
const LETTER_FOR_ROUTE: Record<Route, LetterTemplateKey> = { municipality: 'invitation_municipality', amw: 'advance_notice_amw', none: 'privacy_information' };
const label = (key: string) => LETTER_LABELS[key as LetterTemplateKey] ?? key;

type Decision = { ok: true; key: LetterTemplateKey; case: LetterCase; signals: LetterSignal[] } | { ok: false; code: SkipCode; reason: string; case: string | null };

export function planLetterRun(input: LetterRunInput): LetterRunPlan {
  const { period } = input;
  const cases = new Map(input.cases.map((item) => [item.id, item]));
  const liveReferralCases = new Set(input.referrals.filter((referral) => referral.target === 'amw' && referral.status !== 'withdrawn' && referral.case).map((referral) => referral.case!));
  const households = groupBy(input.signals, (signal) => signal.household_key);
  const produced = input.produced.filter((letter) => letter.period === period);
  const plan: LetterRunPlan = {
    letters: [],
    skipped: [],
    counts: { letters: 0, invitation_municipality: 0, advance_notice_amw: 0, privacy_information: 0, reissued: 0, households: households.size, skipped: Object.fromEntries(SKIP_CODES.map((code) => [code, 0])) as Record<SkipCode, number> },
  };
  const skip = (code: SkipCode, reason: string, householdKey: string, caseId: string | null, signals: readonly LetterSignal[], request: string | null = null) => {
    plan.skipped.push({ code, reason, household_key: householdKey, case: caseId, signals: signals.map((signal) => signal.id).sort(), reissue_request: request });
  };

  const reissues = new Map<string, ReissueRequest>();
  for (const request of [...(input.reissues ?? [])].sort((a, b) => a.id.localeCompare(b.id))) {
    const signals = households.get(request.household_key) ?? [];
    if (!households.has(request.household_key)) skip('reissue_unknown_household', `Opnieuw uitgeven: dit huishouden heeft geen signaal in ${dutchPeriod(period)}.`, request.household_key, null, signals, request.id);
    else if (request.reason.trim().length < MIN_REISSUE_REASON_LENGTH) skip('reissue_without_reason', `Opnieuw uitgeven kan alleen met een reden (minstens ${MIN_REISSUE_REASON_LENGTH} tekens).`, request.household_key, null, signals, request.id);
    else if (produced.some((letter) => letter.reissue_request === request.id)) skip('reissue_done', 'Deze heruitgave is al gemaakt; er komt geen tweede.', request.household_key, null, signals, request.id);
    else if (reissues.has(request.household_key)) skip('reissue_duplicate', 'Er is al een heruitgave voor dit huishouden in deze run; één envelop per huishouden per keer.', request.household_key, null, signals, request.id);
    else reissues.set(request.household_key, request);
  }

  for (const [householdKey, signals] of households) {
    const request = reissues.get(householdKey) ?? null;
    const decision = decide(signals, input, cases, liveReferralCases);
    if (!decision.ok) {
      skip(decision.code, decision.reason, householdKey, decision.case, signals, request?.id ?? null);
      continue;
    }
    const { key } = decision;
    const earlier = produced.filter((letter) => letter.household_key === householdKey);
    if (!request) {
      const same = earlier.find((letter) => letter.template_key === key);
      if (same) {
        skip('already_produced', `${label(key)} voor ${dutchPeriod(period)} is al gemaakt; opnieuw uitgeven kan alleen met een reden.`, householdKey, decision.case.id, decision.signals);
        continue;
      }
      const other = earlier[0];
      if (other) {
        skip(
          'other_letter_this_period',
          `Dit huishouden kreeg voor ${dutchPeriod(period)} al een andere brief (${label(other.template_key)}); één envelop per huishouden per maand. De beslissing vraagt nu om: ${label(key)}. Geef die opnieuw uit met een reden als dat nodig is.`,
          householdKey,
          decision.case.id,
          decision.signals,
        );
        continue;
      }
    }
    const [first, ...others] = [...decision.signals].sort(byWeight);
    const addressee = first!.person;
    const co = uniquePersons(others.map((signal) => signal.person)).filter((person) => personKey(person) !== personKey(addressee));
    plan.letters.push({
      letter_key: `${period}:${householdKey}:${key}${request ? `:reissue:${request.id}` : ''}`,
      template_key: key,
      period,
      household_key: householdKey,
      household: first!.household,
      case: decision.case.id,
      route: decision.case.route!,
      signals: decision.signals.map((signal) => signal.id).sort(),
      addressee,
      co_addressees: co,
      address: first!.address,
      reissue: request ? { request: request.id, reason: request.reason.trim(), replaces: earlier.at(-1)?.id ?? null } : null,
    });
  }

  plan.letters.sort((a, b) => comparePostalAddress(a.address, b.address) || a.household_key.localeCompare(b.household_key) || a.template_key.localeCompare(b.template_key));
  plan.skipped.sort((a, b) => a.household_key.localeCompare(b.household_key) || a.code.localeCompare(b.code));
  for (const letter of plan.letters) {
    plan.counts[letter.template_key] += 1;
    if (letter.reissue) plan.counts.reissued += 1;
  }
  plan.counts.letters = plan.letters.length;
  for (const item of plan.skipped) plan.counts.skipped[item.code] += 1;
  return plan;
}

/** The letter one household's decision calls for, or why it gets none. */
function decide(signals: readonly LetterSignal[], input: LetterRunInput, cases: Map<string, LetterCase>, liveReferralCases: Set<string>): Decision {
  const decided = signals.filter((signal) => signal.case !== null);
  if (decided.length === 0) {
    return { ok: false, code: 'undecided', reason: 'Nog geen beslissing: de signalen van dit huishouden hebben nog geen zaak (ze wachten op de BRP-koppeling of een uitkeringslijst, of de routering liep nog niet). De brief gaat uit zodra de zaak beslist is.', case: null };
  }
  const known = decided.filter((signal) => cases.has(signal.case!));
  if (known.length === 0) return { ok: false, code: 'case_missing', reason: 'De zaak van dit huishouden is niet gevonden; er is geen brief gemaakt.', case: decided[0]!.case };
  // One case per household per period; a signal that joined an earlier open case has that one.
  const chosen = known.map((signal) => cases.get(signal.case!)!).sort((a, b) => Number(b.period === input.period) - Number(a.period === input.period) || b.period.localeCompare(a.period) || a.id.localeCompare(b.id))[0]!;
  if (chosen.period !== input.period) {
    return { ok: false, code: 'repeat_signal', reason: `Herhaald signaal: het huishouden hoort bij de lopende zaak van ${dutchPeriod(chosen.period)} en kreeg toen de brief; geen nieuwe brief.`, case: chosen.id };
  }
  if (chosen.route === null) {
    return { ok: false, code: 'undecided', reason: 'De zaak heeft nog geen route; de brief gaat uit zodra de zaak beslist is.', case: chosen.id };
  }
  if (chosen.objection === 'all') {
    return { ok: false, code: 'objection', reason: 'Bezwaar geregistreerd tegen de verwerking (art. 10.4): er gaat geen brief naar dit huishouden.', case: chosen.id };
  }
  const key = LETTER_FOR_ROUTE[chosen.route];
  if (key === 'advance_notice_amw') {
    if (chosen.objection === 'amw') {
      return { ok: false, code: 'objection_amw', reason: 'Bezwaar tegen het inschakelen van AMW (art. 10.4): geen vooraankondiging, en AMW krijgt de gegevens niet.', case: chosen.id };
    }
    if (!liveReferralCases.has(chosen.id)) {
      return { ok: false, code: 'no_referral', reason: 'Route AMW, maar de zaak heeft geen lopende doorverwijzing naar AMW (ingetrokken of nooit gemaakt): geen vooraankondiging. Controleer de route van de zaak.', case: chosen.id };
    }
  }
  if (key === 'invitation_municipality') {
    const problem = appointmentProblem(chosen.appointment, input.today);
    if (problem) return { ok: false, ...problem, case: chosen.id };
  }
  const addressed = known.filter((signal) => signal.case === chosen.id && signal.status !== DECEASED);
  if (addressed.length === 0) {
    return { ok: false, code: 'deceased', reason: 'De gesignaleerde huurder(s) van dit huishouden zijn volgens de BRP overleden: geen brief.', case: chosen.id };
  }
  return { ok: true, key, case: chosen, signals: addressed };
}

function appointmentProblem(appointment: LetterAppointment, today: string): { code: SkipCode; reason: string } | null {
  const filled = (value: string | null) => value !== null && value.trim() !== '';
  const missing = [
    filled(appointment.talk_at) ? null : 'datum en tijd',
    filled(appointment.talk_place) ? null : 'plaats',
    filled(appointment.regisseur_sdv) ? null : 'regisseur schulddienstverlening',
    filled(appointment.regisseur_participatie) ? null : 'regisseur participatie',
  ].filter((item): item is string => item !== null);
  if (missing.length > 0) {
    return { code: 'appointment_missing', reason: `De uitnodiging wacht op de afspraak: ${joinDutch(missing)} nog niet ingevuld op de zaak.` };
  }
  const day = appointment.talk_at!.slice(0, 10);
  if (day <= today) {
    return { code: 'appointment_past', reason: `De afspraak op de zaak (${dutchDate(day)}) ligt niet na vandaag; plan een nieuwe afspraak voordat de uitnodiging uitgaat.` };
  }
  return null;
}

/** Heaviest first, as routing orders a household's signals: it is the one the letter addresses. */
function byWeight(a: LetterSignal, b: LetterSignal): number {
  return b.months_in_arrears - a.months_in_arrears || (b.arrears_amount ?? -1) - (a.arrears_amount ?? -1) || a.id.localeCompare(b.id);
}

/** The same tenant signalled twice (a corporation and the water company) is named once. */
function personKey(person: LetterPerson): string {
  return [person.initials, person.name_prefix ?? '', person.surname, person.birth_date ?? ''].map((part) => part.trim().toLowerCase()).join('|');
}

function uniquePersons(persons: readonly LetterPerson[]): LetterPerson[] {
  const seen = new Map<string, LetterPerson>();
  for (const person of persons) if (!seen.has(personKey(person))) seen.set(personKey(person), person);
  return [...seen.values()];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item)) ?? [];
    group.push(item);
    groups.set(key(item), group);
  }
  return groups;
}

function joinDutch(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}
