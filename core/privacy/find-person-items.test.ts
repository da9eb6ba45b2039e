import { describe, expect, test } from 'vitest';
import { findPersonItems, identityIsComplete, type PersonReferralRow, type PersonSignalRow } from './find-person-items.ts';

const signal = (id: string, over: Partial<PersonSignalRow> = {}): PersonSignalRow => ({
  id, bsn: null, surname: 'Jansen', birth_date: '1970-05-01', postcode: '6001AA', house_number: 3, case: null, household: null, partner: 1, ...over,
});
const referral = (id: string, over: Partial<PersonReferralRow> = {}): PersonReferralRow => ({
  id, surname: 'Jansen', birth_date: '1970-05-01', postcode: '6001AA', house_number: 3, case: null, partner: 9, date_sent: null, ...over,
});
const JANSEN = { surname: 'jansen', birth_date: '1970-05-01', postcode: '6001 aa', house_number: '3' };

describe('identity', () => {
  test.each([
    ['a BSN', { bsn: '123456782' }, true],
    ['name, birth date and address', JANSEN, true],
    ['no house number', { ...JANSEN, house_number: null }, false],
    ['only a surname', { surname: 'Jansen' }, false],
  ])('%s', (_name, identity, complete) => expect(identityIsComplete(identity)).toBe(complete));

  test('an incomplete identity finds nothing', () => expect(findPersonItems({ surname: 'Jansen' }, { signals: [signal('s1')], referrals: [] })).toEqual({ ok: false, reason: 'identity' }));
});

describe('matching signals', () => {
  const rows = {
    signals: [
      signal('by-name'),
      signal('other-person', { surname: 'Pietersen' }),
      signal('by-bsn', { bsn: '123456782', surname: 'Jansen-de Vries', postcode: '6002BB' }),
      signal('other-bsn', { bsn: '999999990' }),
      signal('accents', { surname: 'Jánsen ' }),
    ],
    referrals: [],
  };
  test('by name, birth date and address (case, spaces and accents do not matter); a different known BSN is someone else', () => {
    const found = findPersonItems({ ...JANSEN, bsn: '123456782' }, rows);
    expect(found.ok && found.signals).toEqual(['accents', 'by-bsn', 'by-name']);
  });
  test('by BSN alone', () => {
    const found = findPersonItems({ bsn: '123456782' }, rows);
    expect(found.ok && found.signals).toEqual(['by-bsn']);
  });
});

describe('what goes with the person', () => {
  const rows = {
    signals: [
      signal('own-1', { case: 'c-own', household: 'h1', partner: 1 }),
      signal('own-2', { case: 'c-shared', household: 'h2', partner: 2 }),
      signal('partner', { case: 'c-shared', household: 'h2', surname: 'Bakker', partner: 2 }),
    ],
    referrals: [
      referral('r-own', { case: 'c-own', surname: 'Anders', date_sent: '2024-02-01', partner: 9 }),
      referral('r-shared-own', { case: 'c-shared', postcode: '6001AA', date_sent: null, partner: 10 }),
      referral('r-shared-other', { case: 'c-shared', surname: 'Bakker' }),
    ],
  };
  test('a case only the person is in goes whole; in a shared case only their own signal and referral go', () => {
    const found = findPersonItems(JANSEN, rows);
    expect(found).toMatchObject({
      ok: true,
      signals: ['own-1', 'own-2'],
      cases: ['c-own'],
      sharedCases: ['c-shared'],
      referrals: ['r-own', 'r-shared-own'],
      households: ['h1', 'h2'],
      partners: [1, 2, 9],
    });
  });
});
