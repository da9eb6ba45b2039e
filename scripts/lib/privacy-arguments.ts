/**
 * Arguments of `npm run privacy -- inzage (--bsn <bsn> | --surname <naam> --birth-date JJJJ-MM-DD
 * --postcode <postcode> --house-number <nummer>) --out <bestand.pdf>`. Problems are reported in
 * Dutch: the command is run by the municipality's privacy staff or IT.
 */
import { personQueryFrom, type PersonQuery } from '../../core/privacy/inzage-person.ts';

export const PRIVACY_USAGE = [
  'Gebruik: npm run privacy -- inzage --bsn <BSN> --out <bestand.pdf>',
  '     of: npm run privacy -- inzage --surname <achternaam> --birth-date JJJJ-MM-DD --postcode <postcode> --house-number <huisnummer> --out <bestand.pdf>',
].join('\n');

export interface InzageArguments {
  command: 'inzage';
  query: PersonQuery;
  /** As typed, for the report's header. */
  asked: { bsn: string | null; surname: string | null; birthDate: string | null; postcode: string | null; houseNumber: string | null };
  out: string;
}

export type ParsedPrivacyArguments = { ok: true; value: InzageArguments } | { ok: false; message: string };

const FLAGS: Record<string, keyof InzageArguments['asked'] | 'out'> = { '--bsn': 'bsn', '--surname': 'surname', '--birth-date': 'birthDate', '--postcode': 'postcode', '--house-number': 'houseNumber', '--out': 'out' };

export function parsePrivacyArguments(argv: string[]): ParsedPrivacyArguments {
  const [command, ...rest] = argv;
  if (!command) return { ok: false, message: `Geef een opdracht op.\n${PRIVACY_USAGE}` };
  if (command !== 'inzage') return { ok: false, message: `Onbekende opdracht "${command}".\n${PRIVACY_USAGE}` };
  const values: Partial<Record<keyof InzageArguments['asked'] | 'out', string>> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const [flag, inline] = arg.startsWith('--') ? (arg.split('=', 2) as [string, string | undefined]) : [arg, undefined];
    const key = FLAGS[flag];
    if (!key) return { ok: false, message: `${flag.startsWith('--') ? `Onbekende optie ${flag}` : `Onverwacht argument "${arg}"`}.\n${PRIVACY_USAGE}` };
    const value = inline ?? rest[++i];
    if (value === undefined || value.startsWith('--')) return { ok: false, message: `Optie ${flag} mist een waarde.\n${PRIVACY_USAGE}` };
    values[key] = value;
  }
  if (!values.out) return { ok: false, message: `Geef met --out aan waar het rapport (PDF) moet komen.\n${PRIVACY_USAGE}` };
  if (!values.out.toLowerCase().endsWith('.pdf')) return { ok: false, message: 'Het rapport is een PDF: laat de bestandsnaam bij --out eindigen op .pdf.' };
  const parsed = personQueryFrom(values);
  if (!parsed.ok) return { ok: false, message: `${parsed.message}\n${PRIVACY_USAGE}` };
  const asked = { bsn: values.bsn ?? null, surname: values.surname ?? null, birthDate: values.birthDate ?? null, postcode: values.postcode ?? null, houseNumber: values.houseNumber ?? null };
  return { ok: true, value: { command: 'inzage', query: parsed.query, asked, out: values.out } };
}
