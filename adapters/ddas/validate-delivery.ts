/**
 * Validates a DDAS delivery against the official v1.2 JSON schema (draft 2020-12), kept in
 * reference/ddas/. Every problem comes back with a JSON pointer to the failing field
 * ("/leveringen/0/vroegsignalen/3/client/burgerservicenummer") and a Dutch message, so the
 * CLI can refuse the delivery and say exactly what to fix.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
// Imported, not read from disk: inside the Directus extension bundle (the DDAS action in the
// app) no path relative to this source file exists; esbuild embeds the schema.
import ddasSchema from '../../reference/ddas/ddas-v1.2-uitwisselmodel.schema.json' with { type: 'json' };
import { isDate, isDateTime, isEmail, isTime } from './ddas-formats.ts';

export interface DeliveryError {
  /** JSON pointer into the delivery; "" is the delivery itself. */
  path: string;
  /** Dutch, for the person who makes the delivery. */
  message: string;
}

export interface DeliveryValidation {
  valid: boolean;
  errors: DeliveryError[];
}

let compiled: ValidateFunction | null = null;

function validator(): ValidateFunction {
  if (compiled) return compiled;
  // Strict, except two checks the official schema does not meet and need not: its client
  // branches limit the BSN's length and require postcode and house number without repeating
  // their `type`/`properties` (declared one level up). Both are valid JSON Schema.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false });
  ajv.addFormat('date', isDate);
  ajv.addFormat('date-time', isDateTime);
  ajv.addFormat('email', isEmail);
  ajv.addFormat('time', isTime);
  compiled = ajv.compile(ddasSchema as object);
  return compiled;
}

export function validateDelivery(delivery: unknown): DeliveryValidation {
  const validate = validator();
  if (validate(delivery)) return { valid: true, errors: [] };
  const errors = closestOneOfBranch(validate.errors ?? []).map(toDeliveryError);
  const seen = new Set<string>();
  return { valid: false, errors: errors.filter((error) => { const key = `${error.path}\u0000${error.message}`; return seen.has(key) ? false : (seen.add(key), true); }) };
}

/**
 * A failed `oneOf` (client: BSN, or postcode and house number) reports every branch: an
 * 8-digit BSN also yields "postcode missing". Only the branch that came closest (fewest
 * errors) says what is wrong, so the others and the oneOf summary itself are dropped.
 */
function closestOneOfBranch(errors: ErrorObject[]): ErrorObject[] {
  const oneOfs = errors.filter((error) => error.keyword === 'oneOf');
  let kept = errors;
  for (const oneOf of oneOfs) {
    const prefix = `${oneOf.schemaPath}/`;
    const inBranches = kept.filter((error) => error.schemaPath.startsWith(prefix) && error.instancePath.startsWith(oneOf.instancePath));
    if (inBranches.length === 0) continue;
    const perBranch = new Map<string, number>();
    for (const error of inBranches) {
      const branch = error.schemaPath.slice(prefix.length).split('/')[0]!;
      perBranch.set(branch, (perBranch.get(branch) ?? 0) + 1);
    }
    const closest = [...perBranch.entries()].sort((a, b) => a[1] - b[1] || Number(a[0]) - Number(b[0]))[0]![0];
    kept = kept.filter((error) => error !== oneOf && (!inBranches.includes(error) || error.schemaPath.startsWith(`${prefix}${closest}/`)));
  }
  return kept;
}

function escapePointer(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}

function toDeliveryError(error: ErrorObject): DeliveryError {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path: `${error.instancePath}/${escapePointer(String(params.missingProperty))}`, message: 'Dit verplichte veld ontbreekt.' };
    case 'additionalProperties':
      return { path: `${error.instancePath}/${escapePointer(String(params.additionalProperty))}`, message: 'Dit veld hoort niet in een DDAS-levering.' };
    case 'enum':
      return { path: error.instancePath, message: `Geen toegestane waarde; kies uit: ${(params.allowedValues as unknown[]).join(', ')}.` };
    case 'format':
      return { path: error.instancePath, message: FORMAT_MESSAGES[String(params.format)] ?? `Geen geldige waarde (${String(params.format)}).` };
    case 'type':
      return { path: error.instancePath, message: TYPE_MESSAGES[String(params.type)] ?? `Verkeerd soort waarde (verwacht: ${String(params.type)}).` };
    case 'minLength':
    case 'maxLength':
      return { path: error.instancePath, message: error.instancePath.endsWith('/burgerservicenummer') ? 'Een BSN heeft precies 9 cijfers.' : `De lengte klopt niet (${error.keyword === 'minLength' ? 'minstens' : 'hoogstens'} ${String(params.limit)} tekens).` };
    case 'minItems':
      return { path: error.instancePath, message: `Deze lijst moet minstens ${String(params.limit)} onderdeel bevatten.` };
    case 'uniqueItems':
      return { path: error.instancePath, message: 'Deze lijst bevat twee keer hetzelfde onderdeel.' };
    case 'not':
      return { path: error.instancePath, message: 'Deze combinatie van velden is niet toegestaan.' };
    case 'oneOf':
      return { path: error.instancePath, message: 'Dit onderdeel past niet bij precies één toegestane vorm.' };
    default:
      return { path: error.instancePath, message: `Voldoet niet aan het schema (${error.keyword}).` };
  }
}

const FORMAT_MESSAGES: Record<string, string> = {
  date: 'Geen geldige datum; gebruik JJJJ-MM-DD.',
  'date-time': 'Geen geldig tijdstip; gebruik JJJJ-MM-DDTuu:mm:ssZ.',
  email: 'Geen geldig e-mailadres.',
  time: 'Geen geldige tijd; gebruik uu:mm:ss.',
};

const TYPE_MESSAGES: Record<string, string> = {
  string: 'Hier hoort tekst.',
  integer: 'Hier hoort een geheel getal.',
  boolean: 'Hier hoort ja of nee (true/false).',
  array: 'Hier hoort een lijst.',
  object: 'Hier hoort een onderdeel met velden.',
};
