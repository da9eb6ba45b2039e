import { describe, expect, test } from 'vitest';
import { accessLogEntries, type ReadEvent, type SchemaView } from './access-log-entries.ts';

const schema: SchemaView = {
  primaryKey: (collection) => (collection === 'signal_partners' ? 'id' : collection === 'nothing' ? null : 'id'),
  related: (collection, field) =>
    ({ 'cases.household': 'households', 'cases.signals': 'signals', 'signals.partner': 'signal_partners', 'signals.case': 'cases', 'tasks.case': 'cases' } as Record<string, string>)[`${collection}.${field}`] ?? null,
};
const at = new Date('2026-12-07T10:00:00Z');
const staff = { user: 'u1', role: 'debt_services', app: true };
const event = (over: Partial<ReadEvent>): ReadEvent => ({ reader: staff, collection: 'signals', query: {}, records: [], route: 'api', schema, timestamp: at, ...over });
const brief = (entries: ReturnType<typeof accessLogEntries>) => entries.map(({ collection, item, action, route }) => ({ collection, item, action, route }));

describe('accessLogEntries', () => {
  test.each<[string, Partial<ReadEvent>, Array<Record<string, string>>]>([
    ['staff open a signal', { query: { filter: { id: { _eq: 's1' } } }, records: [{ id: 's1', surname: 'Jansen' }] }, [{ collection: 'signals', item: 's1', action: 'read', route: 'api' }]],
    ['a list page in the app', { route: 'app', records: [{ id: 's1', surname: 'A' }, { id: 's2', surname: 'B' }] }, [{ collection: 'signals', item: 's1,s2', action: 'list', route: 'app' }]],
    ['a search: hits, never the term', { query: { search: 'Jansen' }, records: [{ id: 's1', surname: 'Jansen' }] }, [{ collection: 'signals', item: 's1', action: 'search', route: 'api' }]],
    ['a search without hits is still a search', { query: { filter: { bsn: { _eq: '123456782' } } }, records: [] }, [{ collection: 'signals', item: '', action: 'search', route: 'api' }]],
    ['a search asking only keys', { query: { filter: { surname: { _eq: 'X' } } }, records: [{ id: 's9' }] }, [{ collection: 'signals', item: 's9', action: 'search', route: 'api' }]],
    ['keys only, no search: nothing personal read', { records: [{ id: 's1' }] }, []],
    ['an empty list', { records: [] }, []],
    ['a list downloaded as a file', { route: 'export', records: [{ id: 's1', surname: 'A' }] }, [{ collection: 'signals', item: 's1', action: 'export', route: 'export' }]],
    ['a plain count', { query: { aggregate: { count: ['*'] } }, records: [{ count: 12 }] }, []],
    ['a count that answers a search', { query: { aggregate: { count: ['*'] }, search: 'Jansen' }, records: [{ count: 1 }] }, [{ collection: 'signals', item: '', action: 'search', route: 'api' }]],
    ['a grouped count', { query: { aggregate: { count: ['*'] }, group: ['surname'] }, records: [{ surname: 'A', count: 1 }] }, [{ collection: 'signals', item: '', action: 'search', route: 'api' }]],
    ['a collection without personal data', { collection: 'signal_partners', records: [{ id: 1, name: 'Wonen' }] }, []],
    ['duplicate ids once', { records: [{ id: 's1', surname: 'A' }, { id: 's1', surname: 'A' }] }, [{ collection: 'signals', item: 's1', action: 'list', route: 'api' }]],
    ['an unknown collection', { collection: 'nothing', records: [{ x: 1 }] }, []],
    [
      'a case with its household and signals: one entry per collection',
      { collection: 'cases', query: { filter: { id: { _eq: 'c1' } } }, records: [{ id: 'c1', status: 'new', household: { id: 'h1', address: 'Markt 1' }, signals: [{ id: 's1', surname: 'A', partner: { id: 3, name: 'W' } }, { id: 's2', surname: 'B' }] }] },
      [
        { collection: 'cases', item: 'c1', action: 'read', route: 'api' },
        { collection: 'households', item: 'h1', action: 'read', route: 'api' },
        { collection: 'signals', item: 's1,s2', action: 'read', route: 'api' },
      ],
    ],
    ['a foreign key alone reads nothing of the related row', { collection: 'cases', records: [{ id: 'c1', status: 'new', household: 'h1' }] }, [{ collection: 'cases', item: 'c1', action: 'list', route: 'api' }]],
    ['a related row with only its key', { collection: 'cases', records: [{ id: 'c1', status: 'new', household: { id: 'h1' } }] }, [{ collection: 'cases', item: 'c1', action: 'list', route: 'api' }]],
    [
      'tasks (no personal data) with their case: the case is logged',
      { collection: 'tasks', query: { search: 'x' }, records: [{ id: 't1', kind: 'k', case: { id: 'c1', status: 'new' } }] },
      [{ collection: 'cases', item: 'c1', action: 'list', route: 'api' }],
    ],
  ])('%s', (_name, over, expected) => {
    expect(brief(accessLogEntries(event(over)))).toEqual(expected);
  });

  test('an entry names the reader and the time', () => {
    expect(accessLogEntries(event({ records: [{ id: 's1', surname: 'A' }] }))).toEqual([
      { user: 'u1', role: 'debt_services', collection: 'signals', item: 's1', action: 'list', route: 'api', timestamp: at },
    ]);
  });

  test.each([
    ['the worker (no app access)', { user: 'w', role: 'worker', app: false }],
    ['Directus itself (no user)', { user: null, role: null, app: false }],
    ['no accountability', null],
  ])('%s is not logged', (_name, reader) => {
    expect(accessLogEntries(event({ reader, records: [{ id: 's1', surname: 'A' }] }))).toEqual([]);
  });
});
