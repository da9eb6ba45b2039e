/**
 * How each covenant field is written in a spreadsheet: its kind (text, date, number, euro)
 * and its width. One table for both exports, so a field looks the same in each.
 */
import { FIELD_HEADERS, type Art123Field, type CorporationField } from './covenant-fields.ts';
import type { ExportCellKind, ExportColumn } from './export-column.ts';

const LAYOUT: Record<CorporationField | Art123Field, { kind: ExportCellKind; width: number }> = {
  initials: { kind: 'text', width: 12 },
  name_prefix: { kind: 'text', width: 14 },
  surname: { kind: 'text', width: 24 },
  birth_date: { kind: 'date', width: 14 },
  street: { kind: 'text', width: 28 },
  house_number: { kind: 'integer', width: 12 },
  house_letter: { kind: 'text', width: 11 },
  house_number_addition: { kind: 'text', width: 22 },
  postcode: { kind: 'text', width: 10 },
  city: { kind: 'text', width: 18 },
  phone: { kind: 'text', width: 18 },
  months_in_arrears: { kind: 'decimal', width: 20 },
  arrears_amount: { kind: 'euro', width: 20 },
  living_situation: { kind: 'text', width: 22 },
  debt_areas: { kind: 'text', width: 36 },
};

export function fieldColumn<Key extends CorporationField | Art123Field>(key: Key): ExportColumn<Key> {
  return { key, header: FIELD_HEADERS[key], ...LAYOUT[key] };
}
