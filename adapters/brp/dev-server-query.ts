import type { PersonenQuerySource, PersonenQueryType } from '../../core/brp/brp-source.types.ts';
import { fieldTreeFor, isKnownField } from './dev-server-fields.ts';

export interface InvalidParam {
  type: string;
  name: string;
  code: string;
  reason: string;
}

export type QueryValidation = { ok: true; query: PersonenQuerySource & Record<string, unknown> } | { ok: false; invalidParams: InvalidParam[] };

const SUPPORTED: Record<PersonenQueryType, { required: string[]; optional: string[] }> = {
  RaadpleegMetBurgerservicenummer: { required: ['burgerservicenummer'], optional: ['gemeenteVanInschrijving'] },
  ZoekMetPostcodeEnHuisnummer: {
    required: ['postcode', 'huisnummer'],
    optional: ['huisletter', 'huisnummertoevoeging', 'inclusiefOverledenPersonen', 'geboortedatum', 'geslachtsnaam', 'gemeenteVanInschrijving'],
  },
  ZoekMetGeslachtsnaamEnGeboortedatum: {
    required: ['geslachtsnaam', 'geboortedatum'],
    optional: ['voorvoegsel', 'voornamen', 'geslacht', 'inclusiefOverledenPersonen', 'gemeenteVanInschrijving'],
  },
};

/** Patterns copied from personen-openapi-v2.yaml. */
const PATTERNS: Record<string, RegExp> = {
  burgerservicenummer: /^[0-9]{9}$/,
  postcode: /^[1-9]{1}[0-9]{3}[ ]?[A-Za-z]{2}$/,
  huisletter: /^[a-zA-Z]{1}$/,
  huisnummertoevoeging: /^[a-zA-Z0-9 -]{1,4}$/,
  geslachtsnaam: /^[a-zA-Z0-9À-ž .\-']{1,200}$|^[a-zA-Z0-9À-ž .\-']{3,199}\*{1}$/,
  voorvoegsel: /^[a-zA-Z ']{1,10}$/,
  voornamen: /^[a-zA-Z0-9À-ž .\-']{1,199}\*{0,1}$/,
  geslacht: /^([Mm]|[Vv]|[Oo])$/,
  gemeenteVanInschrijving: /^[0-9]{4}$/,
  field: /^[a-zA-Z0-9._]{1,200}$/,
};

const AUTOMATIC_FIELDS = ['inOnderzoek', 'geheimhoudingPersoonsgegevens', 'opschortingBijhouding', 'rni', 'verificatie'];

function problem(name: string, code: string, reason: string): InvalidParam {
  return { type: `https://www.vng.nl/realisatie/api/validaties/${code}`, name, code, reason };
}

/** Validates a request body the way the BRP API does: every problem reported once. */
export function validateQuery(body: unknown): QueryValidation {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, invalidParams: [problem('type', 'required', 'Parameter is verplicht.')] };
  const input = body as Record<string, unknown>;
  const type = input.type;
  if (type === undefined) return { ok: false, invalidParams: [problem('type', 'required', 'Parameter is verplicht.')] };
  if (typeof type !== 'string' || !Object.hasOwn(SUPPORTED, type)) {
    return { ok: false, invalidParams: [problem('type', 'value', 'Waarde is geen gedefinieerde waarde.')] };
  }
  const queryType = type as PersonenQueryType;
  const rules = SUPPORTED[queryType];
  const errors: InvalidParam[] = [];
  const allowed = new Set(['type', 'fields', ...rules.required, ...rules.optional]);
  for (const key of Object.keys(input)) if (!allowed.has(key)) errors.push(problem(key.slice(0, 30).replace(/[^a-zA-Z0-9._]/g, '_') || 'parameter', 'unknownParam', 'Parameter is niet verwacht.'));
  for (const key of rules.required) if (input[key] === undefined || input[key] === '') errors.push(problem(key, 'required', 'Parameter is verplicht.'));
  errors.push(...validateFields(input.fields, queryType));

  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || key === 'type' || key === 'fields' || !allowed.has(key)) continue;
    if (key === 'burgerservicenummer') {
      if (!Array.isArray(value)) errors.push(problem(key, 'array', 'Parameter is geen array.'));
      else if (value.length < 1) errors.push(problem(key, 'minItems', 'Array bevat minder dan 1 items.'));
      else if (value.length > 20) errors.push(problem(key, 'maxItems', 'Array bevat meer dan 20 items.'));
      else if (value.some((bsn) => typeof bsn !== 'string' || !PATTERNS.burgerservicenummer?.test(bsn))) errors.push(problem(key, 'pattern', 'Waarde voldoet niet aan patroon.'));
    } else if (key === 'huisnummer') {
      if (!Number.isInteger(value)) errors.push(problem(key, 'integer', 'Waarde is geen geldig getal.'));
      else if ((value as number) < 1 || (value as number) > 99999) errors.push(problem(key, (value as number) < 1 ? 'minimum' : 'maximum', 'Waarde valt buiten het bereik 1 tot 99999.'));
    } else if (key === 'inclusiefOverledenPersonen') {
      if (typeof value !== 'boolean') errors.push(problem(key, 'boolean', 'Waarde is geen boolean.'));
    } else if (key === 'geboortedatum') {
      if (typeof value !== 'string' || !isDate(value)) errors.push(problem(key, 'date', 'Waarde is geen geldige datum.'));
    } else if (typeof value !== 'string') {
      errors.push(problem(key, 'string', 'Waarde is geen tekst.'));
    } else if (PATTERNS[key] && !PATTERNS[key].test(value)) {
      errors.push(problem(key, 'pattern', 'Waarde voldoet niet aan patroon.'));
    }
  }
  return errors.length > 0 ? { ok: false, invalidParams: errors } : { ok: true, query: input as PersonenQuerySource & Record<string, unknown> };
}

function validateFields(fields: unknown, type: PersonenQueryType): InvalidParam[] {
  if (fields === undefined) return [problem('fields', 'required', 'Parameter is verplicht.')];
  if (!Array.isArray(fields)) return [problem('fields', 'array', 'Parameter is geen array.')];
  if (fields.length < 1) return [problem('fields', 'minItems', 'Array bevat minder dan 1 items.')];
  if (fields.length > 130) return [problem('fields', 'maxItems', 'Array bevat meer dan 130 items.')];
  const tree = fieldTreeFor(type);
  const errors: InvalidParam[] = [];
  for (const field of fields) {
    if (typeof field !== 'string' || !PATTERNS.field?.test(field)) errors.push(problem('fields', 'pattern', 'Waarde voldoet niet aan patroon.'));
    else if (AUTOMATIC_FIELDS.includes(field.split('.')[0] ?? '')) errors.push(problem('fields', 'fields', 'Parameter bevat een automatisch geleverd veld.'));
    else if (!isKnownField(field, tree)) errors.push(problem('fields', 'fields', 'Parameter bevat een niet bestaande veldnaam.'));
  }
  return errors;
}

function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
