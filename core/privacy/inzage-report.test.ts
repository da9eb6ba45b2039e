import { describe, expect, test } from 'vitest';
import { inzageFixture } from './inzage-fixture.ts';
import { buildInzageReport, isOwnAccess } from './inzage-report.ts';

const ids = (rows: ReadonlyArray<{ id: string | number }>) => rows.map((row) => row.id);

describe('buildInzageReport', () => {
  const report = buildInzageReport({ bsn: '999993653', identities: [] }, inzageFixture())!;

  test('the person\'s own signals, also the one without BSN from another partner', () => {
    expect(ids(report.signals).sort()).toEqual(['s-own', 's-own-other-partner']);
  });

  test('facts, household, case, referral, attempts and letters that follow from them', () => {
    expect(report.facts.map((fact) => fact.signal)).toEqual(['s-own']);
    expect(ids(report.households)).toEqual(['h1']);
    expect(ids(report.cases)).toEqual(['c1']);
    expect(ids(report.referrals)).toEqual(['r1']);
    expect(ids(report.contactAttempts)).toEqual(['a1']);
    expect(ids(report.letters)).toEqual(['d1']);
  });

  test('objections, disclosures and requests under the person\'s identity only', () => {
    expect(ids(report.objections)).toEqual(['o1']);
    expect(ids(report.disclosures)).toEqual(['x1']);
    expect(ids(report.privacyRequests)).toEqual(['p1']);
  });

  test('access-log entries naming the person\'s items, oldest first, without ids', () => {
    expect(report.access.map((entry) => [entry.collection, entry.action, entry.timestamp])).toEqual([
      ['signals', 'list', '2043-06-04T12:00:00.000Z'],
      ['signals', 'read', '2043-06-05T09:15:00.000Z'],
      ['referrals', 'read', '2043-06-12T10:00:00.000Z'],
    ]);
    expect(report.access[0]).not.toHaveProperty('item');
  });

  test('the household member\'s report holds nothing of the person asking', () => {
    const other = buildInzageReport({ bsn: '999990019', identities: [] }, inzageFixture())!;
    expect(ids(other.signals)).toEqual(['s-partner']);
    expect(ids(other.objections)).toEqual(['o2']);
    expect(JSON.stringify(other)).not.toContain('Hartbrief');
  });

  test('nothing held: null', () => {
    expect(buildInzageReport({ bsn: '999990031', identities: [] }, inzageFixture())).toBeNull();
  });

  test('only an objection held: a report', () => {
    const found = buildInzageReport({ bsn: null, identities: [{ surname: 'Hartpartner', birthDate: '1977-08-09', postcode: '6001AA', houseNumber: 3 }] }, { ...inzageFixture(), signals: [] })!;
    expect(ids(found.objections)).toEqual(['o2']);
    expect(found.signals).toEqual([]);
  });
});

test.each([
  [{ collection: 'signals', item: 'a,b' }, true],
  [{ collection: 'signals', item: 'ab' }, false],
  [{ collection: 'cases', item: 'a' }, false],
  [{ collection: 'signals', item: null }, false],
])('isOwnAccess %o', (entry, expected) => {
  expect(isOwnAccess(entry, { signals: new Set(['a']) })).toBe(expected);
});
