import { describe, expect, test } from 'vitest';
import { accessLogForItems, type AccessLogRow } from './access-log-for-items.ts';

const row = (id: number, collection: string, item: string | null): AccessLogRow => ({ id, user: 'u', role: 'debt_services', collection, item, action: 'read', route: 'app', timestamp: '2026-12-07T10:00:00Z' });
const rows = [row(1, 'signals', 's1'), row(2, 'signals', 's10,s2'), row(3, 'cases', 's1'), row(4, 'signals', null), row(5, 'households', 'h1'), row(6, 'signals', '')];

describe('accessLogForItems', () => {
  test.each([
    ['one signal', { signals: ['s1'] }, [1]],
    ['an id matches only as a whole (s1 is not s10)', { signals: ['s1'] }, [1]],
    ['an id inside a list read', { signals: ['s2'] }, [2]],
    ['several collections', { signals: ['s2'], households: ['h1'] }, [2, 5]],
    ['the same id in another collection is another item', { cases: ['s2'] }, []],
    ['nothing asked', {}, []],
  ])('%s', (_name, items, expected) => {
    expect(accessLogForItems(rows, items).map((r) => r.id)).toEqual(expected);
  });
});
