import { comparison, type Comparison } from './comparison.ts';

/**
 * Compares the signal's birth date (always complete, YYYY-MM-DD) with the register's,
 * which may be partial ("1978-03", "1968") or unknown. Day and month swapped is the
 * classic spreadsheet error (US date format); one mistyped digit the classic typing error.
 */
export function compareBirthDate(signal: string, brp: string | null): Comparison {
  if (!brp) return comparison(0.3, 'Geboortedatum onbekend in het BRP');
  if (signal === brp) return comparison(1, 'Geboortedatum gelijk');
  if (brp.length < 10) {
    return signal.startsWith(brp)
      ? comparison(brp.length === 7 ? 0.7 : 0.5, `Geboortedatum past bij de onvolledige datum in het BRP: ${brp}`)
      : comparison(0, `Geboortedatum wijkt af: ${signal} / ${brp}`, true);
  }
  const [year, month, day] = signal.split('-');
  if (`${year}-${day}-${month}` === brp) return comparison(0.7, `Dag en maand van de geboortedatum verwisseld: ${signal} / ${brp}`);
  if (differingDigits(signal, brp) === 1) return comparison(0.4, `Geboortedatum wijkt één cijfer af: ${signal} / ${brp}`, true);
  return comparison(0, `Geboortedatum wijkt af: ${signal} / ${brp}`, true);
}

function differingDigits(a: string, b: string): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let count = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) count += 1;
  return count;
}
