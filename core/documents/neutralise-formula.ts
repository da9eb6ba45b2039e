/**
 * Makes a text cell of an export inert for spreadsheet programs (CSV/formula injection,
 * CWE-1236), following OWASP's "CSV Injection" advice and ASVS 5.0 requirement 1.2.10:
 * a cell whose text a spreadsheet could read as a formula gets a single quote (') in
 * front.
 *
 * Why the quote and not another trick:
 * - In an XLSX a string cell is never evaluated when the file is opened; the danger starts
 *   when someone edits the cell (F2, Enter) or saves the sheet as CSV and opens that. The
 *   quote is part of the stored text, so it survives both: Excel and LibreOffice read a
 *   leading ' as "this is text" and the CSV still starts with ' instead of =.
 * - It is visible, so nobody is misled about what the partner sent, and it is the marker
 *   spreadsheet users already know. A zero-width character would be invisible, but it
 *   sticks to copied values (a phone number pasted into a dialler) and breaks searching.
 * - Stripping (what intake does with names, core/intake/sanitize-text.ts) would change
 *   data we pass back; an export must show what is stored.
 *
 * Triggers: = + - @ (and their full-width look-alikes, which some programs normalise),
 * also after leading whitespace or invisible characters (LibreOffice and Google Sheets trim
 * before they look); and a tab, carriage return or line feed as the first character.
 * The price: a phone number stored as "+31 6 …" reads "'+31 6 …". Intake only accepts
 * digits and separators there, so it could never run code, but a uniform rule is one that
 * no later field can slip past.
 *
 * Characters XML cannot hold (NUL and other C0 controls, U+FFFE/U+FFFF, lone surrogates)
 * are removed first: Excel refuses a file containing them, and "\0=…" must not hide a
 * formula behind a character that disappears later.
 */

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;
const FIRST_CONTROL = /^[\t\r\n]/;
/** Whitespace (\s covers NBSP and the Unicode spaces) and the zero-width characters. */
const FORMULA_AFTER_SPACE = /^[\s\u200b-\u200d\u2060]*[=+\-@\uff1d\uff0b\uff0d\uff20]/u;

export const FORMULA_PREFIX = "'";

/** True when a spreadsheet could read `text` as a formula. */
export function looksLikeFormula(text: string): boolean {
  return FIRST_CONTROL.test(text) || FORMULA_AFTER_SPACE.test(text);
}

/** `text` without characters XML cannot hold, and prefixed with ' when it could run as a formula. */
export function neutraliseFormula(text: string): string {
  const clean = text.replace(NOT_IN_XML, '');
  return looksLikeFormula(clean) ? `${FORMULA_PREFIX}${clean}` : clean;
}
