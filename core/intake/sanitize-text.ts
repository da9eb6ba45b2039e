/**
 * Makes free text from an upload inert before it is stored.
 *
 * Decision: for names, streets and places we STRIP, not escape. No legitimate Dutch
 * name, street or place starts with = + - @ or a tab/carriage return, so removing those
 * leading characters loses nothing real, while keeping them (even prefixed with ') would
 * leave a payload that becomes live again the moment someone exports to CSV without
 * escaping. Markup is stripped the same way: tags are removed and any left-over < or >
 * is dropped, so nothing can execute in the Directus admin, a letter (HTML → PDF) or an
 * export. Control characters are removed too.
 *
 * Structured fields (dates, postcodes, numbers, phone numbers) are not passed through
 * here: their strict validators already refuse anything that is not digits and a few
 * separators, which cannot form a formula or a tag. Exporters still escape on output
 * (see adapters/spreadsheet/write-error-report.ts), as defence in depth.
 */
export interface SanitizedText {
  text: string;
  /** True when something executable or invisible was removed; callers warn about it. */
  changed: boolean;
}

// Full-width look-alikes (＝ ＋ － ＠) are included because some spreadsheet programs
// treat them as their ASCII counterparts after normalisation.
const LEADING_FORMULA = /^[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20\s]+/u;
const TAG = /<\/?[a-z!?][^<>]*>/giu;
const ANGLE = /[<>]/g;
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

export function sanitizeText(input: string): SanitizedText {
  let text = input.replace(CONTROL, '');
  let previous: string;
  // Repeat until stable: "<b>=HYPERLINK(…)</b>" only shows its "=" once the tag is gone.
  do {
    previous = text;
    text = text.replace(TAG, '').replace(ANGLE, '').replace(LEADING_FORMULA, '');
  } while (text !== previous);
  text = text.replace(/\s+/g, ' ').trim();
  return { text, changed: text !== input.replace(/\s+/g, ' ').trim() };
}
