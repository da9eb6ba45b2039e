/**
 * The helpers a letter template may call, with what they expect, so the validator can
 * refuse a wrong call on save instead of a letter run failing at night. Each returns
 * plain text: Handlebars escapes it like any other value.
 */
import { formatEuro } from '../screens/format-euro.ts';
import { dutchDate, months } from '../routing/dutch-date.ts';
import { dutchSalutation, dutchTime, dutchWeekdayDate, fullName, postcodeLine, streetLine, type PersonName, type PostalAddress } from './dutch-letter-format.ts';

/** What a helper argument must be: one value (text, number, date) or a group such as `addressee`. */
export type HelperParam = 'value' | 'person' | 'address';

export interface LetterHelper {
  name: string;
  params: readonly HelperParam[];
  /** Dutch, for the help panel beside the template editor. */
  description: string;
  example: string;
  format: (...args: never[]) => string;
}

function requireText(helper: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  throw new Error(`De helper ${helper} kreeg geen tekst of getal.`);
}

function requireGroup<T>(helper: string, value: unknown, fields: readonly string[]): T {
  if (typeof value === 'object' && value !== null && fields.every((field) => field in value)) return value as T;
  throw new Error(`De helper ${helper} verwacht een groep met ${fields.join(', ')}.`);
}

const PERSON_FIELDS = ['initials', 'prefix', 'surname', 'gender'] as const;
const ADDRESS_FIELDS = ['street', 'houseNumber', 'houseLetter', 'houseNumberAddition', 'postcode', 'city'] as const;

export const LETTER_HELPERS: readonly LetterHelper[] = [
  { name: 'date', params: ['value'], description: 'Datum voluit', example: '{{date letter.date}} → 7 december 2026', format: (value: unknown) => dutchDate(requireText('date', value)) },
  { name: 'weekdayDate', params: ['value'], description: 'Datum met dag', example: '{{weekdayDate appointment.date}} → dinsdag 15 december 2026', format: (value: unknown) => dutchWeekdayDate(requireText('weekdayDate', value)) },
  { name: 'time', params: ['value'], description: 'Tijd', example: '{{time appointment.time}} → 10.30 uur', format: (value: unknown) => dutchTime(requireText('time', value)) },
  { name: 'euro', params: ['value'], description: 'Bedrag in euro', example: '{{euro 1234.56}} → € 1.234,56', format: (value: unknown) => formatEuro(value) },
  { name: 'months', params: ['value'], description: 'Aantal maanden', example: '{{months 2}} → 2 maanden', format: (value: unknown) => months(Number(requireText('months', value))) },
  { name: 'salutation', params: ['person'], description: 'Aanhef', example: '{{salutation addressee}} → Geachte heer/mevrouw Van der Berg', format: (value: unknown) => dutchSalutation(requireGroup<PersonName>('salutation', value, PERSON_FIELDS)) },
  { name: 'fullName', params: ['person'], description: 'Naam met voorletters', example: '{{fullName addressee}} → A.M. van der Berg', format: (value: unknown) => fullName(requireGroup<PersonName>('fullName', value, PERSON_FIELDS)) },
  { name: 'streetLine', params: ['address'], description: 'Straat en huisnummer', example: '{{streetLine addressee}} → Beekstraat 12A', format: (value: unknown) => streetLine(requireGroup<PostalAddress>('streetLine', value, ADDRESS_FIELDS)) },
  { name: 'postcodeLine', params: ['address'], description: 'Postcode en woonplaats (PostNL)', example: '{{postcodeLine addressee}} → 6001 AB  WEERT', format: (value: unknown) => postcodeLine(requireGroup<PostalAddress>('postcodeLine', value, ADDRESS_FIELDS)) },
];

/** The fields a group argument must have, for the validator. */
export const HELPER_GROUP_FIELDS: Record<Exclude<HelperParam, 'value'>, readonly string[]> = { person: PERSON_FIELDS, address: ADDRESS_FIELDS };

/** Block helpers of Handlebars that templates may use; `lookup` and `log` are left out on purpose. */
export const BLOCK_HELPERS = ['if', 'unless', 'each', 'with'] as const;
