import { describe, expect, it } from 'vitest';
import { itemsToLookUp, loggedItemKey, planDeletionReapply, type DeletionLogEntry } from './plan-deletion-reapply.ts';

const entry = (collection: string, item: string, deleted_at: string, reason = 'erasure'): DeletionLogEntry => ({ collection, item, deleted_at, reason });
const present = (...items: Array<[string, string]>) => new Set(items.map(([collection, item]) => loggedItemKey({ collection, item })));

describe('planDeletionReapply', () => {
  const signal = entry('signals', 's1', '2026-03-01T10:00:00.000Z');
  const household = entry('households', 'h1', '2026-03-01T10:00:00.000Z');
  const oldCase = entry('cases', 'c0', '2025-12-01T02:00:00.000Z', 'retention');
  const file = entry('directus_files', 'f1', '2026-04-02T02:00:00.000Z', 'retention');

  const cases: Array<{ name: string; restoredLog: DeletionLogEntry[]; newerLogs: DeletionLogEntry[][]; present: Set<string>; deleteAgain: string[]; added: string[] }> = [
    { name: 'nothing logged: nothing to do', restoredLog: [], newerLogs: [], present: present(), deleteAgain: [], added: [] },
    {
      name: 'deleted after the backup and present again: deleted again, and the entry is copied into the restored log',
      restoredLog: [], newerLogs: [[signal]], present: present(['signals', 's1']), deleteAgain: ['signals/s1'], added: ['signals/s1'],
    },
    {
      name: 'deleted after the backup but absent from the restore (created after it): only the log entry is copied',
      restoredLog: [], newerLogs: [[signal]], present: present(), deleteAgain: [], added: ['signals/s1'],
    },
    {
      name: 'in the restored log and still present (a deletion that stopped halfway): deleted again, nothing to copy',
      restoredLog: [oldCase], newerLogs: [], present: present(['cases', 'c0']), deleteAgain: ['cases/c0'], added: [],
    },
    {
      name: 'in the restored log and absent: nothing to do',
      restoredLog: [oldCase], newerLogs: [[oldCase]], present: present(), deleteAgain: [], added: [],
    },
    {
      name: 'same second: the order of the log is kept (dependants first, as the erasure did)',
      restoredLog: [], newerLogs: [[signal, household]], present: present(['households', 'h1'], ['signals', 's1']), deleteAgain: ['signals/s1', 'households/h1'], added: ['signals/s1', 'households/h1'],
    },
    {
      name: 'several logs: each item once, in the order of first deletion',
      restoredLog: [oldCase],
      newerLogs: [[oldCase, signal, file], [file, signal]],
      present: present(['directus_files', 'f1'], ['signals', 's1'], ['cases', 'c0']),
      deleteAgain: ['cases/c0', 'signals/s1', 'directus_files/f1'],
      added: ['signals/s1', 'directus_files/f1'],
    },
    {
      name: 'timestamps in the database formats of SQLite and PostgreSQL compare as moments',
      restoredLog: [],
      newerLogs: [[entry('signals', 's2', '2026-05-01 08:00:00'), entry('signals', 's3', '2026-04-30T23:00:00.000Z')]],
      present: present(['signals', 's2'], ['signals', 's3']),
      deleteAgain: ['signals/s3', 'signals/s2'],
      added: ['signals/s3', 'signals/s2'],
    },
  ];

  it.each(cases)('$name', (c) => {
    const plan = planDeletionReapply({ restoredLog: c.restoredLog, newerLogs: c.newerLogs, present: c.present });
    expect(plan.deleteAgain.map((i) => `${i.collection}/${i.item}`)).toEqual(c.deleteAgain);
    expect(plan.logEntriesToAdd.map((i) => `${i.collection}/${i.item}`)).toEqual(c.added);
  });
});

describe('itemsToLookUp', () => {
  it('groups the logged ids per collection, each once', () => {
    const result = itemsToLookUp([[entry('signals', 'a', '2026-01-01'), entry('cases', 'b', '2026-01-01')], [entry('signals', 'a', '2026-01-02'), entry('signals', 'c', '2026-01-02')]]);
    expect(Object.fromEntries(result)).toEqual({ signals: ['a', 'c'], cases: ['b'] });
  });
});
