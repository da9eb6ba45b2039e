import { cellText, isBlankCell } from './cell-text.ts';
import type { CellValue } from './cell-value.ts';
import { ignorableRow, type IgnoreReason } from './ignorable-row.ts';
import type { RowIssue } from './intake-result.ts';
import type { ColumnMapping, MappedColumn } from './map-columns.ts';
import { normaliseNamePrefix, splitPrefixFromSurname } from './name-prefix.ts';
import type { Normalised } from './normalised.ts';
import { normaliseAmount } from './normalise-amount.ts';
import { normaliseBirthDate } from './normalise-birth-date.ts';
import { normaliseInitials } from './normalise-initials.ts';
import { normaliseMonths } from './normalise-months.ts';
import { normalisePhone } from './normalise-phone.ts';
import { normalisePlace } from './normalise-place.ts';
import { normalisePostcode } from './normalise-postcode.ts';
import { normaliseSignalDate } from './normalise-signal-date.ts';
import { normaliseSurname } from './normalise-surname.ts';
import type { ColumnTarget } from './recognise-header.ts';
import { sanitizeText } from './sanitize-text.ts';
import { SIGNAL_FIELD_LABELS, type SignalField, type SignalRecord } from './signal-record.ts';
import { signalRecordSchema } from './signal-record-schema.ts';
import { splitAddress } from './split-address.ts';
import { splitHouseNumber, splitHouseNumberSuffix, type HouseNumberParts, type HouseNumberSuffix } from './split-house-number.ts';

export type ParsedRow = { value: SignalRecord; warnings: RowIssue[] } | { errors: RowIssue[] } | { ignored: IgnoreReason };

const SANITIZED = 'Tekens verwijderd die als formule of opmaak uitgevoerd zouden kunnen worden.';

/**
 * One row → one art. 12.2 record, or every problem of the row at once. Required fields
 * (initials, surname, birth date, street, house number, postcode, months) reject the row;
 * a bad optional value (tussenvoegsel, place, phone, amount, signal date) is left out with
 * a warning, because the tenant can still be helped without it. Only mapped columns are
 * read, so values of dropped columns never reach the record.
 */
export function parseRow(row: number, cells: readonly CellValue[], mapping: ColumnMapping, options: { today: string }): ParsedRow {
  const ignored = ignorableRow(cells, mapping);
  if (ignored !== null) return { ignored };

  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const columnOf = (target: ColumnTarget): MappedColumn | undefined => mapping.columns.find((c) => c.target === target);
  const cellOf = (target: ColumnTarget): CellValue => {
    const column = columnOf(target);
    return column === undefined ? null : (cells[column.index] ?? null);
  };
  const headerOf = (target: ColumnTarget, fallback?: ColumnTarget): string =>
    columnOf(target)?.header ?? (fallback ? columnOf(fallback)?.header : undefined) ?? SIGNAL_FIELD_LABELS[target as SignalField] ?? 'Adres';
  const issue = (target: ColumnTarget, message: string, code: string, fallback?: ColumnTarget): RowIssue => ({ row, column: headerOf(target, fallback), message, code });

  /** Free text made inert; a warning says so when something was removed. */
  const text = (target: ColumnTarget): string => {
    const cell = cellOf(target);
    if (typeof cell !== 'string') return cellText(cell);
    const sanitized = sanitizeText(cell);
    if (sanitized.changed) warnings.push(issue(target, SANITIZED, 'text_sanitized'));
    return sanitized.text;
  };
  function required<T>(field: SignalField, result: Normalised<T>, fallback?: ColumnTarget): T | undefined {
    if (!result.ok) {
      errors.push(issue(field, result.message, `${field}_invalid`, fallback));
      return undefined;
    }
    for (const warning of result.warnings ?? []) warnings.push(issue(field, warning, `${field}_warning`, fallback));
    return result.value;
  }
  function missing(field: 'street' | 'house_number', message: string): undefined {
    errors.push(issue(field, message, `${field}_invalid`, 'address'));
    return undefined;
  }
  function optional<T>(field: SignalField, result: Normalised<T | null>): T | null {
    if (!result.ok) {
      warnings.push(issue(field, `${result.message} Deze waarde is niet overgenomen.`, `${field}_dropped`));
      return null;
    }
    for (const warning of result.warnings ?? []) warnings.push(issue(field, warning, `${field}_warning`));
    return result.value;
  }

  const initials = required('initials', normaliseInitials(text('initials')));
  const names = surnameAndPrefix(text('surname'), text('name_prefix'));
  const surname = required('surname', normaliseSurname(names.surname));
  const name_prefix = optional('name_prefix', normaliseNamePrefix(names.prefix));
  const birth_date = required('birth_date', normaliseBirthDate(cellOf('birth_date'), options.today));
  const address = parseAddress();
  const postcode = required('postcode', normalisePostcode(cellText(cellOf('postcode'))));
  const cityText = text('city');
  const city = optional('city', cityText === '' ? { ok: true, value: null } : normalisePlace(cityText, 'Woonplaats'));
  const phoneCell = cellOf('phone');
  const phone = optional('phone', normalisePhone(typeof phoneCell === 'number' ? phoneCell : cellText(phoneCell)));
  const months_in_arrears = required('months_in_arrears', normaliseMonths(cellOf('months_in_arrears')));
  const arrears_amount = optional('arrears_amount', normaliseAmount(cellOf('arrears_amount')));
  const signal_date = optional('signal_date', normaliseSignalDate(cellOf('signal_date'), options.today));

  if (errors.length > 0 || !initials || !surname || !birth_date || !address || !postcode || months_in_arrears === undefined) {
    return { errors };
  }
  const record = { initials, name_prefix, surname, birth_date, ...address, postcode, city, phone, months_in_arrears, arrears_amount, signal_date };
  const checked = signalRecordSchema.safeParse(record);
  if (!checked.success) {
    const field = String(checked.error.issues[0]?.path[0] ?? 'surname') as SignalField;
    return { errors: [issue(field, `De waarde voor ${SIGNAL_FIELD_LABELS[field] ?? field} voldoet niet aan het gegevensmodel.`, 'schema_invalid')] };
  }
  return { value: checked.data, warnings };

  /**
   * Street and number from their own columns; a combined "Adres" column fills what they
   * lack. An "Adres" cell next to a filled "Huisnummer" column may hold just the street.
   */
  function parseAddress(): Pick<SignalRecord, 'street' | 'house_number' | 'house_letter' | 'house_number_addition'> | undefined {
    const streetText = text('street');
    const numberCell = cellOf('house_number');
    const addressText = text('address');
    const hasStreet = streetText !== '';
    const hasNumber = !isBlankCell(numberCell);
    let fromAddress: { street: string; number?: HouseNumberParts } | undefined;
    if ((!hasStreet || !hasNumber) && addressText !== '') {
      const split = splitAddress(addressText);
      if (split.ok) fromAddress = { street: split.value.street, number: split.value };
      else if (hasNumber) fromAddress = { street: addressText };
      else {
        errors.push(issue('address', split.message, 'address_invalid'));
        return undefined;
      }
    }
    const streetSource = hasStreet ? streetText : fromAddress?.street;
    const street =
      streetSource === undefined
        ? missing('street', 'Straat ontbreekt.')
        : required('street', normalisePlace(streetSource, 'Straat'), hasStreet ? undefined : 'address');
    const number = hasNumber
      ? required('house_number', splitHouseNumber(typeof numberCell === 'number' ? numberCell : cellText(numberCell)))
      : (fromAddress?.number ?? missing('house_number', 'Huisnummer ontbreekt.'));
    if (street === undefined || number === undefined) return undefined;

    let suffix: HouseNumberSuffix = { house_letter: number.house_letter, house_number_addition: number.house_number_addition };
    suffix = applySuffixColumn('house_letter', suffix);
    suffix = applySuffixColumn('house_number_addition', suffix);
    return { street, house_number: number.house_number, ...suffix };
  }

  /**
   * A separate "Huisletter" or "Toev." column. Corporations mix them up, so its content
   * decides: a single letter is the huisletter (when none is known yet), anything else the
   * toevoeging. A separate column wins over what was glued to the number.
   */
  function applySuffixColumn(target: 'house_letter' | 'house_number_addition', current: HouseNumberSuffix): HouseNumberSuffix {
    const value = text(target);
    if (value === '') return current;
    const parsed = splitHouseNumberSuffix(value);
    if (!parsed.ok) {
      warnings.push(issue(target, `${parsed.message} Deze waarde is niet overgenomen.`, `${target}_dropped`));
      return current;
    }
    const letterOnly = parsed.value.house_letter !== null && parsed.value.house_number_addition === null;
    if (target === 'house_number_addition' && letterOnly && current.house_letter !== null) {
      return { ...current, house_number_addition: parsed.value.house_letter };
    }
    return {
      house_letter: parsed.value.house_letter ?? current.house_letter,
      house_number_addition: parsed.value.house_number_addition ?? current.house_number_addition,
    };
  }
}

/** A tussenvoegsel in its own column wins; otherwise one written into the surname cell is split off. */
function surnameAndPrefix(surname: string, prefix: string): { surname: string; prefix: string } {
  if (prefix !== '') return { surname, prefix };
  const split = splitPrefixFromSurname(surname);
  return { surname: split.surname, prefix: split.prefix ?? '' };
}
