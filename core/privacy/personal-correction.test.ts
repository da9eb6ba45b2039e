import { describe, expect, test } from 'vitest';
import { changedPersonalFields, correctionResultLine, correctionVerdict } from './personal-correction.ts';

describe('changedPersonalFields', () => {
  test.each([
    ['signals', { surname: 'Berg', phone: null }, { surname: 'Bergh', phone: '' }, ['surname']],
    ['signals', { surname: 'Berg', status: 'x' }, { status: 'Opgepakt' }, []],
    ['signals', { house_number: 12 }, { house_number: '12' }, []],
    ['households', { has_minor_children: 1 }, { has_minor_children: true }, []],
    ['signals', { arrears_amount: '900.00' }, { arrears_amount: 900 }, []],
    ['signals', { arrears_amount: '900.00' }, { arrears_amount: 901 }, ['arrears_amount']],
    ['households', { living_situation: 'alleenstaand' }, { living_situation: 'overig', address: 'x' }, ['living_situation']],
  ] as const)('%s %o → %o', (collection, current, payload, expected) => {
    expect(changedPersonalFields(collection, current, payload)).toEqual(expected);
  });
});

describe('correctionVerdict', () => {
  test('no personal field changed: passes', () => {
    expect(correctionVerdict('signals', [], { status: 'Opgepakt' }, [])).toEqual({ ok: true, request: null });
  });
  test('with an open correction request: passes and names it', () => {
    expect(correctionVerdict('signals', ['phone'], { phone: '06' }, ['p1', 'p2'])).toEqual({ ok: true, request: 'p1' });
  });
  test('without one: refused in Dutch', () => {
    const verdict = correctionVerdict('signals', ['surname'], { surname: 'X' }, []);
    expect(verdict).toMatchObject({ ok: false, message: expect.stringContaining('Correctie of aanvulling') });
  });
  test('the BRP review correction carries its reason', () => {
    expect(correctionVerdict('signals', ['surname'], { surname: 'X', match_status: 'pending', match_reasons: ['Gegevens gecorrigeerd door medewerker: typefout'] }, [])).toEqual({ ok: true, request: null });
    expect(correctionVerdict('signals', ['surname'], { surname: 'X', match_reasons: ['Gegevens gecorrigeerd door medewerker: typefout'] }, []).ok).toBe(false);
  });
  test('household facts with their source', () => {
    expect(correctionVerdict('households', ['household_size'], { household_size: 3, facts_source: 'BRP (bevestigd door medewerker)' }, []).ok).toBe(true);
    expect(correctionVerdict('households', ['household_size'], { household_size: 3 }, []).ok).toBe(false);
  });
});

test('correctionResultLine names fields, not values', () => {
  expect(correctionResultLine('signals', 's1', ['surname', 'phone'], '2026-12-07')).toBe('2026-12-07: signaal s1 gewijzigd (surname, phone)');
});
