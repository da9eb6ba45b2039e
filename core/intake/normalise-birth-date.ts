import type { CellValue } from './cell-value.ts';
import { accept, reject, type Normalised } from './normalised.ts';
import { ageOn, parseDateCell } from './parse-date.ts';

const MAX_AGE = 120;
const ADULT_AGE = 18;

/** Birth date as ISO; impossible, future and over-120 dates are refused with a Dutch reason. */
export function normaliseBirthDate(cell: CellValue, today: string): Normalised<string> {
  const parsed = parseDateCell(cell);
  if (!parsed.ok) return reject(parsed.message === 'Datum ontbreekt.' ? 'Geboortedatum ontbreekt.' : parsed.message);
  const date = parsed.value;
  if (date > today) return reject('Geboortedatum ligt in de toekomst.');
  const age = ageOn(date, today);
  if (age > MAX_AGE) return reject(`Geboortedatum ligt meer dan ${MAX_AGE} jaar terug.`);
  return accept(date, age < ADULT_AGE ? ['Huurder is volgens de geboortedatum jonger dan 18 jaar; controleer de datum.'] : []);
}
