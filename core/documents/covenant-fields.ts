/**
 * What the covenant lets each partner receive, field by field: the canonical lists the
 * exports are built from (and that the access model should use too, see below).
 *
 * Art. 12.2: a corporation sends initials, tussenvoegsel, surname, birth date, full address
 * (street, house number, postcode, place), phone number and months of arrears; the flow
 * chart adds the arrears amount. Its feedback gives back exactly what it sent — the signal's
 * own fields, never anything the municipality added (BSN, benefit, debts, household facts).
 * The signal date is left out: when a partner leaves it empty intake fills in the upload's
 * date, so it is not always the corporation's own value.
 *
 * Art. 12.3: the municipality gives AMW the same name and address fields, the phone number,
 * the living situation (leefsituatie) and the debt areas (schuldgebieden). Nothing else: no
 * months or amount of arrears.
 *
 * directus/access/access-model.ts keeps its own REFERRAL_FIELDS_FOR_SOCIAL_WORK (these fields
 * plus AMW's workflow fields); it should be built from ART_12_3_FIELDS so the two cannot
 * drift. Until then covenant-fields.test.ts checks that every field here is one AMW may read.
 */
import type { SignalField } from '../intake/signal-record.ts';

/** Art. 12.2: the personal and address fields, in the order a person reads them. */
export const PERSON_FIELDS = [
  'initials',
  'name_prefix',
  'surname',
  'birth_date',
  'street',
  'house_number',
  'house_letter',
  'house_number_addition',
  'postcode',
  'city',
  'phone',
] as const satisfies readonly SignalField[];
export type PersonField = (typeof PERSON_FIELDS)[number];

/** What the corporation sent itself (art. 12.2 and the flow chart's amount). */
export const CORPORATION_FIELDS = [...PERSON_FIELDS, 'months_in_arrears', 'arrears_amount'] as const satisfies readonly SignalField[];
export type CorporationField = (typeof CORPORATION_FIELDS)[number];

/** Art. 12.3: what AMW receives of a referral. */
export const ART_12_3_FIELDS = [...PERSON_FIELDS, 'living_situation', 'debt_areas'] as const;
export type Art123Field = (typeof ART_12_3_FIELDS)[number];

/** The Dutch names of the fields, as headers of the exports. */
export const FIELD_HEADERS: Record<CorporationField | Art123Field, string> = {
  initials: 'Voorletters',
  name_prefix: 'Tussenvoegsel',
  surname: 'Achternaam',
  birth_date: 'Geboortedatum',
  street: 'Straat',
  house_number: 'Huisnummer',
  house_letter: 'Huisletter',
  house_number_addition: 'Huisnummertoevoeging',
  postcode: 'Postcode',
  city: 'Woonplaats',
  phone: 'Telefoonnummer',
  months_in_arrears: 'Maanden achterstand',
  arrears_amount: 'Achterstandsbedrag',
  living_situation: 'Leefsituatie',
  debt_areas: 'Schuldgebieden',
};
