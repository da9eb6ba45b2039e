/**
 * Reads the rows of a source list (benefits system, debt-services system, a water,
 * energy or health-insurance partner). A row identifies a person by BSN, or by surname,
 * birth date and address like a signal does; one optional column describes the fact
 * ("Soort uitkering", "Schuldsoort"). Everything else in the file is ignored.
 */
import { cellText, isBlankCell } from '../intake/cell-text.ts';
import type { CellValue } from '../intake/cell-value.ts';
import { foldText } from '../intake/fold-text.ts';
import { recogniseHeader } from '../intake/recognise-header.ts';
import { normaliseBirthDate } from '../intake/normalise-birth-date.ts';
import { normalisePostcode } from '../intake/normalise-postcode.ts';
import { splitHouseNumber } from '../intake/split-house-number.ts';
import { splitAddress } from '../intake/split-address.ts';
import { splitPrefixFromSurname } from '../intake/name-prefix.ts';
import { tenantKey } from '../intake/tenant-key.ts';

export interface SourceEntry {
  row: number;
  bsn: string | null;
  tenant_key: string | null;
  detail: string | null;
}

export interface SourceRows {
  status: 'processed' | 'refused';
  refusal?: string;
  entries: SourceEntry[];
  rejected: Array<{ row: number; column: string; message: string }>;
  rows_read: number;
}

type Column = 'bsn' | 'detail' | 'surname' | 'name_prefix' | 'birth_date' | 'postcode' | 'house_number' | 'house_letter' | 'house_number_addition' | 'address';

function sourceColumn(header: string): Column | null {
  const key = foldText(header).replace(/[^a-z0-9]+/g, ' ').trim();
  if (/^(bsn|burgerservicenummer|sofinummer|sofi nummer)$/.test(key)) return 'bsn';
  if (/(soort|regeling|uitkering|schuld|product|omschrijving)/.test(key) && !/datum/.test(key)) return 'detail';
  const field = recogniseHeader(header);
  return field && ['surname', 'name_prefix', 'birth_date', 'postcode', 'house_number', 'house_letter', 'house_number_addition', 'address'].includes(field) ? (field as Column) : null;
}

/** The BSN eleven-test: a typing error almost never passes it. */
export function isValidBsn(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn)) return false;
  const digits = [...bsn].map(Number);
  const sum = digits.slice(0, 8).reduce((total, digit, i) => total + digit * (9 - i), 0) - digits[8]!;
  return sum % 11 === 0;
}

export function readSourceRows(rows: Array<{ row: number; cells: CellValue[] }>, today: string): SourceRows {
  let columns: Map<number, Column> | null = null;
  const result: SourceRows = { status: 'processed', entries: [], rejected: [], rows_read: 0 };
  for (const { row, cells } of rows) {
    if (!columns) {
      const found = new Map<number, Column>();
      cells.forEach((cell, index) => {
        const column = sourceColumn(cellText(cell));
        if (column && ![...found.values()].includes(column)) found.set(index, column);
      });
      const kinds = new Set(found.values());
      const byName = kinds.has('surname') && kinds.has('birth_date') && kinds.has('postcode') && (kinds.has('house_number') || kinds.has('address'));
      if (kinds.has('bsn') || byName) columns = found;
      continue;
    }
    if (cells.every(isBlankCell)) continue;
    result.rows_read++;
    const value = (column: Column) => {
      for (const [index, c] of columns!) if (c === column) return cells[index] ?? null;
      return null;
    };
    const detail = cellText(value('detail') ?? null).replace(/^[=+\-@]+/, '') || null;
    const bsnText = cellText(value('bsn') ?? null).replace(/\D/g, '').padStart(9, '0');
    if (value('bsn') !== null && !isBlankCell(value('bsn') ?? null)) {
      if (isValidBsn(bsnText)) {
        result.entries.push({ row, bsn: bsnText, tenant_key: null, detail });
        continue;
      }
      result.rejected.push({ row, column: 'BSN', message: `BSN "${cellText(value('bsn') ?? null)}" is ongeldig (elfproef).` });
      continue;
    }
    const birth = normaliseBirthDate(value('birth_date') ?? null, today);
    const postcode = normalisePostcode(cellText(value('postcode') ?? null));
    const number = value('address') !== null ? splitAddress(cellText(value('address') ?? null)) : splitHouseNumber(cellText(value('house_number') ?? null));
    const surnameCell = cellText(value('surname') ?? null);
    if (!birth.ok || !postcode.ok || !number.ok || !surnameCell) {
      const message = [!surnameCell ? 'Achternaam ontbreekt.' : null, !birth.ok ? birth.message : null, !postcode.ok ? postcode.message : null, !number.ok ? number.message : null].filter(Boolean).join(' ');
      result.rejected.push({ row, column: 'Persoon', message });
      continue;
    }
    const { surname } = splitPrefixFromSurname(surnameCell);
    result.entries.push({
      row,
      bsn: null,
      tenant_key: tenantKey({ surname, birth_date: birth.value, postcode: postcode.value, house_number: number.value.house_number, house_letter: number.value.house_letter, house_number_addition: number.value.house_number_addition }),
      detail,
    });
  }
  if (!columns) return { status: 'refused', refusal: 'Geen kopregel gevonden: de lijst heeft een kolom BSN nodig, of Achternaam, Geboortedatum, Postcode en Huisnummer.', entries: [], rejected: [], rows_read: 0 };
  return result;
}
