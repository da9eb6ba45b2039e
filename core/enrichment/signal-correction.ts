/**
 * "Corrigeren en opnieuw zoeken": staff correct what the corporation sent (name, birth
 * date, address) with a reason. Only changed fields are written, each checked like the
 * upload checks them; the reason goes into the same update so it is in the signal's
 * revision. The match starts over (pending) so the enrichment job looks again.
 */
import { normaliseBirthDate } from '../intake/normalise-birth-date.ts';
import { normaliseInitials } from '../intake/normalise-initials.ts';
import { normaliseNamePrefix } from '../intake/name-prefix.ts';
import { normalisePostcode } from '../intake/normalise-postcode.ts';
import { normaliseSurname } from '../intake/normalise-surname.ts';
import { householdKey } from '../intake/household-key.ts';
import { houseNumber } from './brp-manual-search.ts';

export const CORRECTABLE_FIELDS = ['initials', 'name_prefix', 'surname', 'birth_date', 'street', 'house_number', 'house_letter', 'house_number_addition', 'postcode'] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];
export type CorrectableValues = Record<CorrectableField, string | number | null>;

export const MIN_REASON_LENGTH = 5;

export interface CorrectionInput {
  /** What the screen sends: every correctable field as typed (strings), and the reason. */
  values: Partial<Record<CorrectableField, unknown>>;
  reason: unknown;
  /** The signal as stored now. */
  current: CorrectableValues & { case: string | null };
  today: string;
}

export type CorrectionOutcome =
  | {
      ok: true;
      changed: CorrectableField[];
      update: Record<string, unknown>;
      /** The dwelling after the correction when it changed: the signal then belongs to that household. */
      newDwellingKey: string | null;
    }
  | { ok: false; message: string };

const DWELLING_FIELDS: readonly CorrectableField[] = ['postcode', 'house_number', 'house_letter', 'house_number_addition'];

const text = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

export function correctSignal(input: CorrectionInput): CorrectionOutcome {
  if (input.current.case) return { ok: false, message: 'Dit signaal hoort al bij een zaak; de gegevens worden daar niet meer gecorrigeerd.' };
  const reason = text(input.reason).replace(/\s+/g, ' ').trim();
  if (reason.length < MIN_REASON_LENGTH) return { ok: false, message: 'Geef een reden voor de correctie (bijvoorbeeld "typefout in de achternaam, nagevraagd bij de corporatie").' };
  if (reason.length > 500) return { ok: false, message: 'De reden is langer dan 500 tekens.' };
  const v = input.values;
  const surname = normaliseSurname(text(v.surname));
  if (!surname.ok) return { ok: false, message: surname.message };
  const initials = normaliseInitials(text(v.initials));
  if (!initials.ok) return { ok: false, message: initials.message };
  const prefix = normaliseNamePrefix(text(v.name_prefix));
  if (!prefix.ok) return { ok: false, message: prefix.message };
  const birth = normaliseBirthDate(text(v.birth_date).trim(), input.today);
  if (!birth.ok) return { ok: false, message: birth.message };
  const street = text(v.street).replace(/\s+/g, ' ').trim();
  if (!street) return { ok: false, message: 'Vul de straat in.' };
  if (street.length > 200) return { ok: false, message: 'De straat is langer dan 200 tekens.' };
  const postcode = normalisePostcode(text(v.postcode));
  if (!postcode.ok) return { ok: false, message: postcode.message };
  const house = houseNumber(v as Record<string, unknown>);
  if (!house.ok) return { ok: false, message: house.message };

  const next: CorrectableValues = { initials: initials.value, name_prefix: prefix.value, surname: surname.value, birth_date: birth.value, street, postcode: postcode.value, ...house.value };
  const changed = CORRECTABLE_FIELDS.filter((field) => String(next[field] ?? '') !== String(input.current[field] ?? ''));
  if (!changed.length) return { ok: false, message: 'Er is niets veranderd; pas eerst een gegeven aan.' };
  const update: Record<string, unknown> = Object.fromEntries(changed.map((field) => [field, next[field]]));
  const moved = changed.some((field) => DWELLING_FIELDS.includes(field));
  return {
    ok: true,
    changed,
    newDwellingKey: moved ? householdKey({ postcode: postcode.value, house_number: house.value.house_number, house_letter: house.value.house_letter, house_number_addition: house.value.house_number_addition }) : null,
    update: {
      ...update,
      match_status: 'pending',
      bsn: null,
      match_confidence: null,
      match_decided_by: null,
      match_decided_at: null,
      brp_situation: null,
      match_reasons: [`Gegevens gecorrigeerd door medewerker: ${reason}`],
    },
  };
}
