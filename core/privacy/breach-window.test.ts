import { expect, test } from 'vitest';
import { affectedPersons, apDeadline, itemsRead } from './breach-window.ts';

test.each([
  ['2026-12-07T10:00:00.000Z', '2026-12-10T10:00:00.000Z'],
  ['2026-03-27T12:00:00.000Z', '2026-03-30T12:00:00.000Z'],
  ['nooit', null],
])('found %s → AP deadline %s', (found, deadline) => {
  expect(apDeadline(found)).toBe(deadline);
});

test('itemsRead: ids per collection, once, from comma-separated lists', () => {
  expect(itemsRead([{ collection: 'signals', item: 's2,s1' }, { collection: 'signals', item: 's1' }, { collection: 'cases', item: 'c1' }, { collection: 'cases', item: null }])).toEqual({ cases: ['c1'], signals: ['s1', 's2'] });
});

test('affectedPersons: tenants through signals, cases, households and case items, each once', () => {
  const links = {
    signalTenant: new Map([['s1', 't1'], ['s2', 't2'], ['s3', 't3']]),
    caseTenants: new Map([['c1', ['t1', 't2']]]),
    householdTenants: new Map([['h2', ['t3', 't4']]]),
    itemCase: new Map([['r1', 'c1']]),
  };
  expect(affectedPersons({ signals: ['s1'] }, links)).toBe(1);
  expect(affectedPersons({ signals: ['s1'], cases: ['c1'] }, links)).toBe(2);
  expect(affectedPersons({ referrals: ['r1'], households: ['h2'] }, links)).toBe(4);
  expect(affectedPersons({ signals: ['gone'] }, links)).toBe(1);
  expect(affectedPersons({}, links)).toBe(0);
});
