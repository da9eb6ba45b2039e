/**
 * Arguments of `npm run cycle -- --period YYYY-MM --step <step> [--dry-run] [--today YYYY-MM-DD]`.
 * A daily step (overdue, figures, retention) runs for the period of its day, as the calendar runs it:
 * its --period may be left out. Problems are reported in Dutch: the command is run by
 * municipal IT staff.
 */
import { isCalendarDate, isPeriod } from '../../core/cycle/calendar-date.ts';
import { CYCLE_STEPS, DAILY_STEPS, isCycleStep, type CycleStep } from '../../core/cycle/cycle-steps.ts';

export interface CycleArguments {
  /** Null for a daily step without --period: the period of the day it acts as. */
  period: string | null;
  step: CycleStep;
  dryRun: boolean;
  /** Act as on this date; null: today in the Netherlands. */
  today: string | null;
}

export type ParsedCycleArguments = { ok: true; value: CycleArguments } | { ok: false; message: string };

export const CYCLE_USAGE = `Gebruik: npm run cycle -- --period JJJJ-MM --step <stap> [--dry-run] [--today JJJJ-MM-DD]\nStappen: ${CYCLE_STEPS.join(', ')}`;

export function parseCycleArguments(argv: string[]): ParsedCycleArguments {
  let period: string | undefined;
  let step: string | undefined;
  let today: string | undefined;
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') ? (arg.split('=', 2) as [string, string | undefined]) : [arg, undefined];
    const next = () => inline ?? argv[++i];
    if (flag === '--period') period = next();
    else if (flag === '--step') step = next();
    else if (flag === '--today') today = next();
    else if (flag === '--dry-run') dryRun = true;
    else if (flag.startsWith('--')) return { ok: false, message: `Onbekende optie ${flag}.\n${CYCLE_USAGE}` };
    else return { ok: false, message: `Onverwacht argument "${arg}".\n${CYCLE_USAGE}` };
  }
  const daily = !!step && isCycleStep(step) && DAILY_STEPS.includes(step);
  if (!period && !daily) return { ok: false, message: `Geef de periode op met --period.\n${CYCLE_USAGE}` };
  if (period && !isPeriod(period)) return { ok: false, message: `Periode "${period}" is ongeldig; gebruik JJJJ-MM, bijvoorbeeld 2026-11.` };
  if (!step) return { ok: false, message: `Geef de stap op met --step.\n${CYCLE_USAGE}` };
  if (!isCycleStep(step)) return { ok: false, message: `Onbekende stap "${step}". Kies uit: ${CYCLE_STEPS.join(', ')}.` };
  if (today !== undefined && !isCalendarDate(today)) return { ok: false, message: `Datum "${today}" bij --today is ongeldig; gebruik JJJJ-MM-DD, bijvoorbeeld 2026-12-01.` };
  return { ok: true, value: { period: period ?? null, step, dryRun, today: today ?? null } };
}
