import { describe, expect, test } from 'vitest';
import { normalisePostcode } from './normalise-postcode.ts';

describe('normalisePostcode', () => {
  test.each([
    ['6001GS', '6001GS'],
    ['6001 gs', '6001GS'],
    [' 6001  Gs ', '6001GS'],
    ['6001-GS', '6001GS'],
    ['9999ZZ', '9999ZZ'],
  ])('%j → %j', (input, expected) => {
    expect(normalisePostcode(input)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ['', 'Postcode ontbreekt.'],
    ['0123AB', 'Een postcode begint niet met 0.'],
    ['6001SA', 'De letters SA, SD en SS komen in postcodes niet voor.'],
    ['6001 sd', 'De letters SA, SD en SS komen in postcodes niet voor.'],
    ['6001SS', 'De letters SA, SD en SS komen in postcodes niet voor.'],
    ['6001', 'Postcode moet bestaan uit vier cijfers en twee letters (bijvoorbeeld 6001 GS).'],
    ['600GS', 'Postcode moet bestaan uit vier cijfers en twee letters (bijvoorbeeld 6001 GS).'],
    ['B-1000', 'Postcode moet bestaan uit vier cijfers en twee letters (bijvoorbeeld 6001 GS).'],
    ['=1+1', 'Postcode moet bestaan uit vier cijfers en twee letters (bijvoorbeeld 6001 GS).'],
  ])('%j is rejected', (input, message) => {
    expect(normalisePostcode(input)).toEqual({ ok: false, message });
  });
});
