import { cellText } from './cell-text.ts';
import type { CellValue } from './cell-value.ts';
import { accept, reject, type Normalised } from './normalised.ts';

const DAY_MS = 86_400_000;
const EXCEL_MAX_SERIAL = 2_958_465; // 9999-12-31

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, feb: 2, februari: 2, mrt: 3, maart: 3, mar: 3, apr: 4, april: 4, mei: 5, jun: 6, juni: 6,
  jul: 7, juli: 7, aug: 8, augustus: 8, sep: 9, sept: 9, september: 9, okt: 10, oktober: 10, nov: 11, november: 11, dec: 12, december: 12,
};

/**
 * Reads a date from a cell into ISO "YYYY-MM-DD". Understands what corporation exports
 * contain: JS dates (exceljs, for date-formatted cells), Excel serial numbers (unformatted
 * cells, or serials exported to CSV as text), "17-04-1959", "17/4/1959", "17.04.1959",
 * "1959-04-17", "19590417" and "17 april 1959". Day-first: Dutch exports never put the
 * month first. Two-digit years are refused rather than guessed: "01-02-25" could be a
 * tenant born in 1925 or 2025.
 */
export function parseDateCell(cell: CellValue): Normalised<string> {
  if (cell instanceof Date) return fromDate(cell);
  if (typeof cell === 'number') return fromNumber(cell);
  const text = cellText(cell);
  if (text === '') return reject('Datum ontbreekt.');
  return fromText(text);
}

function fromDate(date: Date): Normalised<string> {
  if (Number.isNaN(date.getTime())) return reject('Ongeldige datum.');
  // exceljs gives UTC midnight; a minute of slack absorbs floating-point serial fractions.
  const day = Math.floor((date.getTime() + 60_000) / DAY_MS);
  return accept(new Date(day * DAY_MS).toISOString().slice(0, 10));
}

function fromNumber(value: number): Normalised<string> {
  if (Number.isInteger(value) && value >= 10_000_000 && value <= 99_991_231) return fromText(String(value));
  return fromExcelSerial(value);
}

/**
 * Excel's 1900 date system, including Lotus 1-2-3's leap-year bug: serial 60 is the
 * non-existent 29 February 1900, so serials from 61 on are one day "too high".
 */
export function fromExcelSerial(serial: number): Normalised<string> {
  const whole = Math.floor(serial + 1 / 1440);
  if (!Number.isFinite(serial) || whole < 1 || whole > EXCEL_MAX_SERIAL) return reject(`Het getal ${serial} is geen geldige Excel-datum.`);
  if (whole === 60) return reject('Excel-datum 29-02-1900 bestaat niet.');
  const offset = whole < 60 ? whole - 1 : whole - 2;
  return accept(new Date(Date.UTC(1900, 0, 1) + offset * DAY_MS).toISOString().slice(0, 10));
}

function fromText(raw: string): Normalised<string> {
  // Drop a trailing time ("17-04-1959 00:00:00", "1959-04-17T00:00:00Z").
  const text = raw.replace(/[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i, '').trim();
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (match) return fromParts(Number(match[1]), Number(match[2]), Number(match[3]), raw);
  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d+)$/.exec(text);
  if (match) return fromDayFirst(match[1], Number(match[2]), match[3], raw);
  match = /^(\d{1,2})[\s-]+([a-z]+)\.?[\s-]+(\d+)$/i.exec(text);
  if (match) {
    const month = MONTHS[(match[2] ?? '').toLowerCase()];
    if (month !== undefined) return fromDayFirst(match[1], month, match[3], raw);
  }
  match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (match) return fromParts(Number(match[1]), Number(match[2]), Number(match[3]), raw);
  // A serial that lost its number type on the way to CSV.
  if (/^\d{4,5}$/.test(text)) return fromExcelSerial(Number(text));
  return reject(`„${raw}” is geen herkenbare datum; gebruik dd-mm-jjjj.`);
}

function fromDayFirst(day: string | undefined, month: number, year: string | undefined, raw: string): Normalised<string> {
  if (year === undefined || year.length !== 4) return reject(`„${raw}”: het jaartal moet uit vier cijfers bestaan.`);
  return fromParts(Number(year), month, Number(day), raw);
}

function fromParts(year: number, month: number, day: number, raw: string): Normalised<string> {
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (year < 1800 || check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return reject(`De datum „${raw}” bestaat niet.`);
  }
  return accept(check.toISOString().slice(0, 10));
}

/** Whole years between an ISO birth date and an ISO "today". */
export function ageOn(birthDate: string, today: string): number {
  const [by = 0, bm = 0, bd = 0] = birthDate.split('-').map(Number);
  const [ty = 0, tm = 0, td = 0] = today.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}
