/**
 * A person as the register knows them, reduced to what matching and the household facts
 * need. Domain words stay close to the signal record so the two compare field by field.
 */
export interface BrpAddress {
  street: string | null;
  house_number: number | null;
  /** Huisletter as the register holds it (may be lower case). */
  house_letter: string | null;
  house_number_addition: string | null;
  /** "1234AB", without a space. */
  postcode: string | null;
  city: string | null;
}

export type BrpGender = 'M' | 'V' | 'O';

export interface BrpPerson {
  bsn: string;
  first_names: string | null;
  /** "P.J." as the register derives it from the first names. */
  initials: string | null;
  /** Tussenvoegsel as registered, e.g. "van der"; null when absent. */
  name_prefix: string | null;
  /** Geslachtsnaam (birth name; the register keeps a partner's name separately). */
  surname: string | null;
  /** "YYYY-MM-DD", or partial "YYYY-MM" / "YYYY"; null when wholly unknown. */
  birth_date: string | null;
  gender: BrpGender | null;
  deceased: boolean;
  /** Left the country: the register suspended the record for emigration (E) or has a residence abroad. */
  emigrated: boolean;
  /** Age in years when the register answered; only a fallback when the birth date is partial. */
  age: number | null;
  /** Current Dutch residential address; null when abroad, unknown or not delivered. */
  address: BrpAddress | null;
}
