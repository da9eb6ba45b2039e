/** "2026-11-01" → "1 november 2026", as a staff member reads a date in a trace. */
/** The month names, lower case as Dutch writes them in a date. */
export const DUTCH_MONTHS: readonly string[] = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

export function dutchDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  return `${Number(day)} ${DUTCH_MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** "2026-11" → "november 2026", as a period (a month of the covenant's cycle) reads. */
export function dutchPeriod(period: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  const month = match ? DUTCH_MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${month} ${match[1]}` : period;
}

/** "2,5" for 2.5; "2" for 2. */
export function dutchNumber(value: number): string {
  return String(Math.round(value * 10) / 10).replace('.', ',');
}

/** "1 maand", "2,5 maanden". */
export function months(value: number): string {
  return `${dutchNumber(value)} ${value === 1 ? 'maand' : 'maanden'}`;
}
