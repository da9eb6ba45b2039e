import { describe, expect, test } from 'vitest';
import { matchAccessRows, type AccessRow } from './match-access-rows.ts';

const legacy = { admin: 'legacy-admin', worker: 'legacy-worker' };
const keys = ['admin', 'worker'];

describe('matchAccessRows', () => {
  test.each([
    ['a fresh installation: nothing found, all to create', [], [], []],
    ['rows with keys are found by key, whatever their id', [{ id: 'r1', key: 'admin' }, { id: 'r2', key: 'worker' }], ['admin:r1', 'worker:r2'], []],
    ['an installation with the old fixed ids: found and adopted', [{ id: 'legacy-admin', key: null }, { id: 'legacy-worker' }], ['admin:legacy-admin', 'worker:legacy-worker'], ['legacy-admin=admin', 'legacy-worker=worker']],
    ['a keyed row wins over a legacy row', [{ id: 'legacy-admin', key: null }, { id: 'r1', key: 'admin' }], ['admin:r1'], []],
    ['a legacy id that already carries another key is not taken', [{ id: 'legacy-admin', key: 'worker' }], ['worker:legacy-admin'], []],
    ['an unrelated row without key is left alone', [{ id: 'other', key: null }], [], []],
  ] as Array<[string, AccessRow[], string[], string[]]>)('%s', (_name, rows, found, adopt) => {
    const match = matchAccessRows(keys, rows, legacy);
    expect([...match.found].map(([key, row]) => `${key}:${row.id}`)).toEqual(found);
    expect(match.adopt.map((a) => `${a.id}=${a.key}`)).toEqual(adopt);
  });
});
