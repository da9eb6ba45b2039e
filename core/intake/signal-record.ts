/**
 * The fields a signal partner may send (covenant art. 12.2) plus the arrears amount and
 * signal date from the flow chart. Nothing outside this set is ever stored from an upload.
 */
export interface SignalRecord {
  /** Initials in canonical form, e.g. "P.J." */
  initials: string;
  /** Tussenvoegsel in lower case, e.g. "van der"; null when absent. */
  name_prefix: string | null;
  surname: string;
  /** ISO date YYYY-MM-DD */
  birth_date: string;
  street: string;
  house_number: number;
  /** One letter, upper case (huisletter). */
  house_letter: string | null;
  /** Huisnummertoevoeging, e.g. "bis", "2hg", "A01". */
  house_number_addition: string | null;
  /** "1234AB" */
  postcode: string;
  city: string | null;
  /** Kept as given (trimmed), but validated. */
  phone: string | null;
  /** Positive number of months (may be fractional, e.g. 2.5). */
  months_in_arrears: number;
  /** Euros with two decimals. */
  arrears_amount: number | null;
  /** ISO date; when absent the upload's date is used. */
  signal_date: string | null;
}

export type SignalField = keyof SignalRecord;

/** Dutch names of the fields, as users read them in summaries and error reports. */
export const SIGNAL_FIELD_LABELS: Record<SignalField, string> = {
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
  signal_date: 'Signaaldatum',
};

export const SIGNAL_FIELDS = Object.keys(SIGNAL_FIELD_LABELS) as SignalField[];
