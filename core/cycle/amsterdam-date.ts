/**
 * The calendar date in the Netherlands at a given instant. The covenant's dates ("on the 11th")
 * are Dutch dates: at 23:30 UTC on 10 March it is already the 11th in Weert in winter (UTC+1),
 * and at 22:30 UTC in summer (UTC+2). The instant is an argument: the core has no clock.
 */
const formatter = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

export function amsterdamDate(instant: Date): string {
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
