/**
 * How the case page writes numbers, money, months and dates: the way a Dutch staff member
 * reads them ("€ 1.234,56", "3 maanden", "november 2026", "2 december 2026 om 10:30").
 * Decimal fields arrive from Directus as strings ("1850.25"); both forms are accepted.
 */
import { dutchDate, dutchNumber } from '../../routing/dutch-date.ts';
import { DUTCH_MONTHS as MONTH_NAMES } from '../../routing/dutch-date.ts';


export function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

/** "€ 1.234,56"; null when there is no amount. */
export function euro(value: unknown): string | null {
  const amount = toNumber(value);
  if (amount === null) return null;
  const negative = amount < 0;
  const [whole, cents] = Math.abs(amount).toFixed(2).split('.') as [string, string];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `€ ${negative ? '-' : ''}${grouped},${cents}`;
}

/** "1 maand", "2,5 maanden"; null when unknown. */
export function monthsLabel(value: unknown): string | null {
  const amount = toNumber(value);
  if (amount === null) return null;
  return `${dutchNumber(amount)} ${amount === 1 ? 'maand' : 'maanden'}`;
}

/** "2026-11" → "november 2026". */
export function periodLabel(period: string | null | undefined): string | null {
  if (!period) return null;
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  if (!match) return period;
  const name = MONTH_NAMES[Number(match[2]) - 1];
  return name ? `${name} ${match[1]}` : period;
}

/** "2026-12-02" (or a timestamp) → "2 december 2026". */
export function dateLabel(value: string | null | undefined): string | null {
  if (!value) return null;
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? dutchDate(value.slice(0, 10)) : null;
}

const AMSTERDAM = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/**
 * "2026-12-02T10:30:00" → "2 december 2026 om 10:30". An instant (ending in Z or an offset,
 * as Directus returns a timestamp) is shown in Dutch time; a time without a zone as stored.
 */
export function dateTimeLabel(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(.*)$/.exec(value);
  if (!match) return dateLabel(value);
  if (/(Z|[+-]\d{2}:?\d{2})$/.test(match[4]!)) {
    const instant = new Date(value);
    if (Number.isNaN(instant.getTime())) return null;
    const parts = Object.fromEntries(AMSTERDAM.formatToParts(instant).map((part) => [part.type, part.value]));
    return `${dutchDate(`${parts.year}-${parts.month}-${parts.day}`)} om ${parts.hour}:${parts.minute}`;
  }
  return `${dutchDate(match[1]!)} om ${match[2]}:${match[3]}`;
}

/** "ja" / "nee" / "onbekend" for a yes-no fact that may be unknown. */
export function yesNo(value: boolean | null | undefined): string {
  return value === true ? 'ja' : value === false ? 'nee' : 'onbekend';
}

/** First and last name of a user as it arrives from Directus (or nothing). */
export function personName(user: { first_name?: string | null; last_name?: string | null } | string | null | undefined): string | null {
  if (!user || typeof user === 'string') return null;
  const name = [user.first_name, user.last_name].filter(Boolean).join(' ').trim();
  return name || null;
}
