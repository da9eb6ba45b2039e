/**
 * Arguments of `npm run report -- --year JJJJ --out <bestand.pdf>` or
 * `npm run report -- --from JJJJ-MM-DD --to JJJJ-MM-DD --out <bestand.pdf>`. Problems are
 * reported in Dutch: municipal staff run the command.
 */
import { reportWindowProblem } from '../../core/reporting/report-window.ts';

export interface ReportArguments {
  from: string;
  to: string;
  out: string;
}

export type ParsedReportArguments = { ok: true; value: ReportArguments } | { ok: false; message: string };

export const REPORT_USAGE = 'Gebruik: npm run report -- --year JJJJ --out <bestand.pdf>  of  npm run report -- --from JJJJ-MM-DD --to JJJJ-MM-DD --out <bestand.pdf>';

export function parseReportArguments(argv: string[]): ParsedReportArguments {
  const values: Record<string, string> = {};
  const flags = ['--year', '--from', '--to', '--out'];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.split('=', 2) as [string, string | undefined];
    if (!flags.includes(flag)) return { ok: false, message: `${arg.startsWith('--') ? `Onbekende optie ${flag}` : `Onverwacht argument "${arg}"`}.\n${REPORT_USAGE}` };
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) return { ok: false, message: `De optie ${flag} mist een waarde.\n${REPORT_USAGE}` };
    values[flag] = value;
  }
  const { '--year': year, '--from': givenFrom, '--to': givenTo, '--out': out } = values;
  if (year !== undefined && (givenFrom !== undefined || givenTo !== undefined)) return { ok: false, message: `Kies --year óf --from en --to, niet allebei.\n${REPORT_USAGE}` };
  if (year !== undefined && !/^20\d{2}$/.test(year)) return { ok: false, message: `Jaar "${year}" is ongeldig; gebruik vier cijfers, bijvoorbeeld 2026.` };
  const from = year !== undefined ? `${year}-01-01` : givenFrom;
  const to = year !== undefined ? `${year}-12-31` : givenTo;
  if (from === undefined || to === undefined) return { ok: false, message: `Geef de periode op met --year, of met --from en --to.\n${REPORT_USAGE}` };
  const problem = reportWindowProblem(from, to);
  if (problem) return { ok: false, message: problem };
  if (!out) return { ok: false, message: `Geef het bestand voor het rapport op met --out.\n${REPORT_USAGE}` };
  if (!out.toLowerCase().endsWith('.pdf')) return { ok: false, message: `Het bestand "${out}" moet op .pdf eindigen.` };
  return { ok: true, value: { from, to, out } };
}
