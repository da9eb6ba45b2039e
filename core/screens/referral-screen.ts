/**
 * AMW's referral page (issue 10, point 8): what it shows of a referral, which fields it
 * reads per role (never more than the role may read: a field outside the permission makes
 * Directus refuse the whole read), and the contact attempt it records from the page.
 *
 * AMW reads the covenant's art. 12.3 fields and writes its own note (`amw_note`); staff
 * read the same without AMW's note and write the municipality's note (`note`): each
 * partner keeps its own file (art. 11.1).
 */
import { CONTACT_KINDS, PARTS_OF_DAY } from '../ddas/vocabulary.ts';
import { isCalendarDate } from '../cycle/calendar-date.ts';
import { dutchDate } from '../routing/dutch-date.ts';

/** The art. 12.3 fields the page shows; a subset of what AMW may read (checked in the test). */
export const REFERRAL_PAGE_FIELDS = [
  'id', 'status', 'priority', 'date_sent',
  'initials', 'name_prefix', 'surname', 'birth_date',
  'street', 'house_number', 'house_letter', 'house_number_addition', 'postcode', 'city', 'phone',
  'living_situation', 'debt_areas',
  'outcome', 'outcome_note', 'date_outcome', 'date_referred_back',
] as const;

/** AMW's own note on the outcome; the municipality does not read it. */
const AMW_ONLY_REFERRAL_FIELDS = ['outcome_note'];

export function referralFieldsFor(role: string | null | undefined): string[] {
  return role === 'social_work' ? [...REFERRAL_PAGE_FIELDS] : REFERRAL_PAGE_FIELDS.filter((field) => !AMW_ONLY_REFERRAL_FIELDS.includes(field));
}

/** Which note a role writes and reads on a contact attempt. */
export function attemptNoteFieldFor(role: string | null | undefined): 'amw_note' | 'note' {
  return role === 'social_work' ? 'amw_note' : 'note';
}

export function attemptFieldsFor(role: string | null | undefined): string[] {
  return ['id', 'date', 'part_of_day', 'kind', 'reached', 'organisation', 'date_created', attemptNoteFieldFor(role)];
}

/** Roles that record contact attempts: AMW on its referrals, staff (and the admin) on any. */
const RECORDERS = ['social_work', 'debt_services', 'admin'];

/** A withdrawn referral is no longer AMW's, and one referred back is the municipality's case again. */
const NO_MORE_ATTEMPTS = ['withdrawn', 'referred_back'];

export function canRecordAttempt(role: string | null | undefined, status: string | null | undefined): boolean {
  return RECORDERS.includes(role ?? '') && !NO_MORE_ATTEMPTS.includes(status ?? '');
}

/** AMW refers a household back ("ernstige schulden") while it still works the referral. */
export function canReferBack(role: string | null | undefined, status: string | null | undefined): boolean {
  return role === 'social_work' && (status === 'new' || status === 'in_progress');
}

export interface AttemptForm {
  date: string;
  partOfDay: string | null;
  kind: string | null;
  reached: boolean | null;
  note: string;
}

export type AttemptPlan = { ok: true; payload: Record<string, unknown> } | { ok: false; message: string };

/** The contact_attempts row for this referral, or the Dutch reason why the form is not complete. */
export function planAttempt(role: string | null | undefined, referralId: string, form: AttemptForm): AttemptPlan {
  if (!isCalendarDate(form.date)) return { ok: false, message: 'Vul de datum van de contactpoging in.' };
  if (!form.kind || !(CONTACT_KINDS as readonly string[]).includes(form.kind)) return { ok: false, message: 'Kies de manier van contact.' };
  if (form.partOfDay && !(PARTS_OF_DAY as readonly string[]).includes(form.partOfDay)) return { ok: false, message: 'Kies een dagdeel uit de lijst.' };
  if (form.reached === null) return { ok: false, message: 'Geef aan of u de huurder heeft bereikt.' };
  const payload: Record<string, unknown> = { referral: referralId, date: form.date, kind: form.kind, reached: form.reached };
  if (form.partOfDay) payload.part_of_day = form.partOfDay;
  if (form.note.trim()) payload[attemptNoteFieldFor(role)] = form.note.trim();
  return { ok: true, payload };
}

/** The part of day of an instant's hour, as DDAS counts it. */
export function partOfDayAt(hour: number): (typeof PARTS_OF_DAY)[number] {
  if (hour < 12) return 'Ochtend';
  if (hour < 18) return 'Middag';
  return 'Avond';
}

export type Labels = Record<string, string>;

export interface SummaryRow {
  label: string;
  value: string;
}

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value).trim());
const join = (...parts: unknown[]) => parts.map(text).filter(Boolean).join(' ');

/** "J. van der Voorbeeld". */
export function personName(referral: Record<string, unknown>): string {
  return join(referral.initials, referral.name_prefix, referral.surname);
}

/** "Voorbeeldstraat 12A-2, 6001 AA Weert". */
export function personAddress(referral: Record<string, unknown>): string {
  const number = `${text(referral.house_number)}${text(referral.house_letter)}${text(referral.house_number_addition) ? `-${text(referral.house_number_addition)}` : ''}`;
  const postcode = text(referral.postcode).replace(/^(\d{4})\s*([A-Za-z]{2})$/, '$1 $2');
  const street = join(referral.street, number);
  const place = join(postcode, referral.city);
  return [street, place].filter(Boolean).join(', ');
}

/** The referral as the page lists it, in plain Dutch; empty facts are left out. */
export function referralSummary(referral: Record<string, unknown>, labels: { status: Labels; livingSituation: Labels }): SummaryRow[] {
  const date = (value: unknown) => (text(value) ? dutchDate(text(value)) : '');
  const areas = Array.isArray(referral.debt_areas) ? (referral.debt_areas as unknown[]).map(text).filter(Boolean).join(', ') : '';
  const rows: SummaryRow[] = [
    { label: 'Naam', value: personName(referral) },
    { label: 'Geboortedatum', value: date(referral.birth_date) },
    { label: 'Adres', value: personAddress(referral) },
    { label: 'Telefoon', value: text(referral.phone) },
    { label: 'Leefsituatie', value: labels.livingSituation[text(referral.living_situation)] ?? text(referral.living_situation) },
    { label: 'Schuldgebieden', value: areas },
    { label: 'Status', value: labels.status[text(referral.status)] ?? text(referral.status) },
    { label: 'Verstuurd op', value: date(referral.date_sent) },
    { label: 'Uitkomst', value: text(referral.outcome) },
    { label: 'Datum uitkomst', value: date(referral.date_outcome) },
    { label: 'Terugverwezen op', value: date(referral.date_referred_back) },
  ];
  return rows.filter((row) => row.value !== '');
}

/** "2 december 2026, ochtend · Telefoon · bereikt · AMW". */
export function attemptLine(attempt: Record<string, unknown>, organisations: Labels): string {
  const when = [text(attempt.date) ? dutchDate(text(attempt.date)) : '', text(attempt.part_of_day).toLowerCase()].filter(Boolean).join(', ');
  const reached = attempt.reached === true ? 'bereikt' : attempt.reached === false ? 'niet bereikt' : '';
  const by = organisations[text(attempt.organisation)] ?? '';
  return [when, text(attempt.kind), reached, by].filter(Boolean).join(' · ');
}
