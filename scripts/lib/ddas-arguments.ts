/**
 * Arguments of `npm run ddas -- --from JJJJ-MM-DD --to JJJJ-MM-DD --out <bestand.json>
 * [--supplier-code CODE]`. Problems are reported in Dutch: municipal staff run the command.
 */
import { isCalendarDate } from '../../core/cycle/calendar-date.ts';

export interface DdasArguments {
  from: string;
  to: string;
  out: string;
  /** codeGegevensleverancier; null: DDAS_SUPPLIER_CODE, else "GM" and the municipality code. */
  supplierCode: string | null;
}

export type ParsedDdasArguments = { ok: true; value: DdasArguments } | { ok: false; message: string };

export const DDAS_USAGE = 'Gebruik: npm run ddas -- --from JJJJ-MM-DD --to JJJJ-MM-DD --out <bestand.json> [--supplier-code CODE]';

export function parseDdasArguments(argv: string[]): ParsedDdasArguments {
  const values: Record<string, string | undefined> = {};
  const flags = ['--from', '--to', '--out', '--supplier-code'];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') ? (arg.split('=', 2) as [string, string | undefined]) : [arg, undefined];
    if (!flag.startsWith('--')) return { ok: false, message: `Onverwacht argument "${arg}".\n${DDAS_USAGE}` };
    if (!flags.includes(flag)) return { ok: false, message: `Onbekende optie ${flag}.\n${DDAS_USAGE}` };
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) return { ok: false, message: `De optie ${flag} mist een waarde.\n${DDAS_USAGE}` };
    values[flag] = value;
  }
  const { '--from': from, '--to': to, '--out': out, '--supplier-code': supplierCode } = values;
  if (!from || !to) return { ok: false, message: `Geef de periode op met --from en --to.\n${DDAS_USAGE}` };
  for (const [flag, value] of [['--from', from], ['--to', to]] as const) {
    if (!isCalendarDate(value)) return { ok: false, message: `Datum "${value}" bij ${flag} is ongeldig; gebruik JJJJ-MM-DD, bijvoorbeeld 2026-11-30.` };
  }
  if (from > to) return { ok: false, message: `De periode eindigt (${to}) vóór ze begint (${from}).` };
  if (!out) return { ok: false, message: `Geef het bestand voor de levering op met --out.\n${DDAS_USAGE}` };
  if (!out.toLowerCase().endsWith('.json')) return { ok: false, message: `Het bestand "${out}" moet op .json eindigen: een DDAS-levering is JSON.` };
  if (supplierCode !== undefined && !supplierCode.trim()) return { ok: false, message: 'De code bij --supplier-code is leeg.' };
  return { ok: true, value: { from, to, out, supplierCode: supplierCode?.trim() ?? null } };
}
