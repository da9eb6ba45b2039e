import { describe, expect, test } from 'vitest';
import { downloadEntries } from './download-entries.ts';

const at = new Date('2026-12-07T10:00:00Z');
const staff = { user: 'u1', role: 'debt_services', app: true };

describe('downloadEntries', () => {
  test.each([
    ['a letter', [{ collection: 'documents', id: 'd1' }], [{ collection: 'documents', item: 'd1', action: 'download' }]],
    ['a file two rows point to', [{ collection: 'documents', id: 'd1' }, { collection: 'documents', id: 'd2' }, { collection: 'uploads', id: 'u9' }], [{ collection: 'documents', item: 'd1,d2', action: 'download' }, { collection: 'uploads', item: 'u9', action: 'download' }]],
    ['a logo (no personal row)', [{ collection: 'app_settings', id: '1' }], []],
    ['a file nobody points to', [], []],
  ])('%s', (_name, owners, expected) => {
    expect(downloadEntries({ reader: staff, owners, route: 'app', timestamp: at }).map(({ collection, item, action }) => ({ collection, item, action }))).toEqual(expected);
  });

  test('the worker is not logged', () => {
    expect(downloadEntries({ reader: { user: 'w', role: 'worker', app: false }, owners: [{ collection: 'documents', id: 'd1' }], route: 'api', timestamp: at })).toEqual([]);
  });
});
