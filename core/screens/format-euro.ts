/**
 * An amount as Dutch people read it: "€ 1.850,25", always two decimals. Directus's own
 * formatted-value display drops trailing zeros ("€ 990,5"), hence this rule and the
 * `euro` display that uses it. Empty stays empty.
 */
const EURO = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatEuro(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  const amount = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isFinite(amount)) return '';
  // Intl writes a non-breaking space after the sign; a plain one searches and copies cleanly.
  return EURO.format(amount).replace(/\u00a0/g, ' ');
}
