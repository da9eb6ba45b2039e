import { describe, expect, test } from 'vitest';
import { correctSignal, type CorrectableValues } from './signal-correction.ts';

const current: CorrectableValues & { case: string | null } = { initials: 'S.', name_prefix: null, surname: 'Moulim', birth_date: '1985-12-01', street: 'Boterdiep', house_number: 31, house_letter: null, house_number_addition: null, postcode: '3077AW', case: null };
const typed = { initials: 'S.', name_prefix: '', surname: 'Moulim', birth_date: '01-12-1985', street: 'Boterdiep', house_number: '31', house_letter: '', house_number_addition: '', postcode: '3077 AW' };
const reason = 'Typefout in de achternaam';
const today = '2026-12-02';

describe('correctSignal', () => {
  test.each([
    { name: 'a corrected surname starts the match over', values: { ...typed, surname: 'Moulin' }, reason, current, expected: { ok: true, changed: ['surname'], newDwellingKey: null, update: { surname: 'Moulin', match_status: 'pending', bsn: null, match_decided_by: null, match_reasons: ['Gegevens gecorrigeerd door medewerker: Typefout in de achternaam'] } } },
    { name: 'an address correction writes only what changed', values: { ...typed, house_number: '33', house_letter: 'b', postcode: '3077AX' }, reason, current, expected: { ok: true, changed: ['house_number', 'house_letter', 'postcode'], newDwellingKey: '3077AX|33|B|', update: { house_number: 33, house_letter: 'B', postcode: '3077AX' } } },
    { name: 'a Dutch birth date is stored as a date', values: { ...typed, birth_date: '2-12-1985' }, reason, current, expected: { ok: true, changed: ['birth_date'], update: { birth_date: '1985-12-02' } } },
    { name: 'the reason is required', values: { ...typed, surname: 'Moulin' }, reason: '  ', current, expected: { ok: false, message: expect.stringContaining('Geef een reden') } },
    { name: 'a reason of two letters is not a reason', values: { ...typed, surname: 'Moulin' }, reason: 'ok', current, expected: { ok: false } },
    { name: 'nothing changed', values: typed, reason, current, expected: { ok: false, message: 'Er is niets veranderd; pas eerst een gegeven aan.' } },
    { name: 'surname emptied', values: { ...typed, surname: '' }, reason, current, expected: { ok: false, message: 'Achternaam ontbreekt.' } },
    { name: 'bad postcode', values: { ...typed, postcode: '12' }, reason, current, expected: { ok: false } },
    { name: 'street emptied', values: { ...typed, street: ' ' }, reason, current, expected: { ok: false, message: 'Vul de straat in.' } },
    { name: 'a signal with a case is not corrected here', values: { ...typed, surname: 'Moulin' }, reason, current: { ...current, case: 'case-1' }, expected: { ok: false, message: expect.stringContaining('zaak') } },
  ])('$name', ({ values, reason: why, current: now, expected }) => {
    expect(correctSignal({ values, reason: why, current: now, today })).toMatchObject(expected);
  });
});
