/**
 * Reads a decimal written the Dutch way ("1.234,56"), the English way ("1,234.56") or
 * plainly ("1234.5"). A lone separator followed by exactly three digits is a thousands
 * separator ("1.234" = 1234) because amounts and month counts never carry three
 * decimals. Returns null when the text is not a number.
 */
export function parseDecimal(input: string): number | null {
  const text = input.replace(/[\s\u00a0']/g, '');
  if (!/^[+-]?(\d[\d.,]*)$/.test(text) || /[.,]$/.test(text)) return null;
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  let normalised: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    const whole = text.slice(0, Math.max(lastDot, lastComma));
    if (!whole.split(thousands).slice(1).every((group) => group.length === 3)) return null;
    normalised = text.split(thousands).join('').replace(decimal, '.');
  } else {
    const separator = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
    if (separator === null) normalised = text;
    else {
      const parts = text.split(separator);
      const thousands = parts.length > 2 || (parts[1] ?? '').length === 3;
      if (thousands && !parts.slice(1).every((group) => group.length === 3)) return null;
      normalised = thousands ? parts.join('') : parts.join('.');
    }
  }
  if ((normalised.match(/\./g) ?? []).length > 1) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}
