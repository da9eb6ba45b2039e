/**
 * Arguments of `npm run import -- --partner <code> [--period YYYY-MM] [--json] <file>`.
 * Problems are reported in Dutch: the command is run by municipal IT staff.
 */
export interface ImportArguments {
  partner: string;
  period: string;
  json: boolean;
  file: string;
}

export type ParsedArguments = { ok: true; value: ImportArguments } | { ok: false; message: string };

export const IMPORT_USAGE = 'Gebruik: npm run import -- --partner <code> [--period JJJJ-MM] [--json] <bestand>';

export function parseImportArguments(argv: string[], today: string): ParsedArguments {
  let partner: string | undefined;
  let period: string | undefined;
  let json = false;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') ? (arg.split('=', 2) as [string, string | undefined]) : [arg, undefined];
    const next = () => inline ?? argv[++i];
    if (flag === '--partner') partner = next();
    else if (flag === '--period') period = next();
    else if (flag === '--json') json = true;
    else if (flag.startsWith('--')) return { ok: false, message: `Onbekende optie ${flag}. ${IMPORT_USAGE}` };
    else files.push(arg);
  }
  if (!partner) return { ok: false, message: `Geef de signaalpartner op met --partner. ${IMPORT_USAGE}` };
  if (files.length !== 1) return { ok: false, message: `Geef precies één bestand op. ${IMPORT_USAGE}` };
  const chosenPeriod = period ?? today.slice(0, 7);
  if (!/^20\d{2}-(0[1-9]|1[0-2])$/.test(chosenPeriod)) return { ok: false, message: `Periode "${chosenPeriod}" is ongeldig; gebruik JJJJ-MM, bijvoorbeeld 2026-11.` };
  return { ok: true, value: { partner, period: chosenPeriod, json, file: files[0]! } };
}
