import { describe, expect, test } from 'vitest';
import { isInMunicipalityArea, isUnrestrictedArea, parseMunicipalityArea, type MunicipalityArea } from './municipality-area.ts';

function area(postcodes: string | null, places: string[] | null = null): MunicipalityArea {
  const parsed = parseMunicipalityArea(postcodes, places);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.area;
}

describe('parseMunicipalityArea', () => {
  test.each([
    ['empty', null, null, [], []],
    ['blank text', '  \n ', [], [], []],
    ['one range and one postcode', '6000-6009, 6030', null, [{ from: 6000, to: 6009 }, { from: 6030, to: 6030 }], []],
    ['t/m and spaces around a dash', '6000 t/m 6009; 6030 - 6039', null, [{ from: 6000, to: 6009 }, { from: 6030, to: 6039 }], []],
    ['new lines and spaces as separators', '6001\n6002 6003', null, [{ from: 6001, to: 6001 }, { from: 6002, to: 6002 }, { from: 6003, to: 6003 }], []],
    ['en dash', '6000–6009', null, [{ from: 6000, to: 6009 }], []],
    ['places folded, blanks and duplicates dropped', null, [' Weert ', 'Stramproy', '', 'WEERT', "'s-Hertogenbosch", 'Nederwéért'], [], ['weert', 'stramproy', 's hertogenbosch', 'nederweert']],
  ])('%s', (_name, postcodes, places, ranges, folded) => {
    expect(parseMunicipalityArea(postcodes, places)).toEqual({ ok: true, area: { postcodeRanges: ranges, places: folded } });
  });

  test.each([
    ['letters', 'Weert', '"Weert" is geen postcode van vier cijfers'],
    ['a full postcode', '6001 GS', '"GS" is geen postcode'],
    ['five digits', '60001', '"60001"'],
    ['an open range', '6000-', '"6000-"'],
    ['a leading zero', '0999', 'met 0 begint'],
    ['a reversed range', '6009-6000', 'begin groter dan het einde'],
  ])('refuses %s with a Dutch message', (_name, postcodes, message) => {
    const parsed = parseMunicipalityArea(postcodes, []);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });
});

describe('isUnrestrictedArea', () => {
  test.each([
    [area(null), true],
    [area('6000'), false],
    [area(null, ['Weert']), false],
  ])('%j → %s', (given, expected) => {
    expect(isUnrestrictedArea(given)).toBe(expected);
  });
});

describe('isInMunicipalityArea', () => {
  const weert = area('6000-6009, 6030', ['Weert', 'Stramproy', "'s-Hertogenbosch"]);
  test.each([
    ['unrestricted: anywhere', area(null), { postcode: '1011AB', city: 'Amsterdam' }, true],
    ['unrestricted: even without an address', area(null), { postcode: null, city: null }, true],
    ['postcode at the start of a range', weert, { postcode: '6000AA', city: 'Elders' }, true],
    ['postcode at the end of a range, with a space', weert, { postcode: '6009 ZZ', city: null }, true],
    ['a single postcode', weert, { postcode: '6030AB', city: null }, true],
    ['postcode outside, place inside', weert, { postcode: '6031AB', city: 'STRAMPROY' }, true],
    ['place written differently', weert, { postcode: null, city: 'S HERTOGENBOSCH' }, true],
    ['place with diacritics and spaces', area(null, ['Nederweert']), { postcode: '6031AB', city: 'Nederwéért ' }, true],
    ['postcode and place outside', weert, { postcode: '6010AA', city: 'Roermond' }, false],
    ['nothing known', weert, { postcode: null, city: null }, false],
    ['only places set, postcode says nothing', area(null, ['Weert']), { postcode: '6001GS', city: 'Roermond' }, false],
    ['only postcodes set, place says nothing', area('6000-6009'), { postcode: '6101AA', city: 'Weert' }, false],
    ['a place that is part of another does not count', area(null, ['Weert']), { postcode: null, city: 'Nederweert' }, false],
  ])('%s', (_name, given, address, expected) => {
    expect(isInMunicipalityArea(given, address)).toBe(expected);
  });
});
