import { describe, expect, test } from 'vitest';
import { revisionEntries } from './revision-entries.ts';

const at = new Date('2026-12-07T10:00:00Z');
const admin = { user: 'a1', role: 'admin', app: true };
const brief = (records: unknown[], reader: { user: string | null; role: string | null; app: boolean } = admin) =>
  revisionEntries({ reader, records, route: 'app', timestamp: at }).map(({ collection, item, action }) => ({ collection, item, action }));

describe('revisionEntries', () => {
  test.each([
    ['one revision of a signal', [{ id: 1, collection: 'signals', item: 's1', data: { surname: 'A' }, delta: {} }], [{ collection: 'signals', item: 's1', action: 'read' }]],
    ['an item’s history', [{ id: 1, collection: 'signals', item: 's1', delta: {} }, { id: 2, collection: 'signals', item: 's1', delta: {} }, { id: 3, collection: 'cases', item: 'c1', delta: {} }], [{ collection: 'signals', item: 's1', action: 'list' }, { collection: 'cases', item: 'c1', action: 'list' }]],
    ['a template’s revision (no personal data)', [{ id: 1, collection: 'templates', item: '3', data: {} }], []],
    ['without data or delta (the sidebar’s list of dates)', [{ id: 1, collection: 'signals', item: 's1', activity: 9 }], []],
    ['only the delta asked for', [{ id: 7, delta: { surname: 'A' } }], [{ collection: 'directus_revisions', item: '7', action: 'read' }]],
  ])('%s', (_name, records, expected) => {
    expect(brief(records)).toEqual(expected);
  });

  test('the worker is not logged', () => {
    expect(brief([{ id: 1, collection: 'signals', item: 's1', data: {} }], { user: 'w', role: 'worker', app: false })).toEqual([]);
  });
});
