import { describe, expect, test } from 'vitest';
import { planSignalWrites, type IncomingSignal, type SignalWriteContext } from './plan-signal-writes.ts';

const tenant = (key: string, address = 'A1', over: Partial<IncomingSignal> = {}): IncomingSignal => ({
  initials: 'J.', name_prefix: null, surname: `Huurder ${key}`, birth_date: '1980-01-01', street: 'Straat', house_number: 1, house_letter: null,
  house_number_addition: null, postcode: '6001AA', city: 'Weert', phone: null, months_in_arrears: 2, arrears_amount: 100, signal_date: null,
  tenant_key: key, household_key: address, ...over,
});

function context(over: Partial<SignalWriteContext> = {}): SignalWriteContext {
  let n = 0;
  return { partner: 1, period: '2026-11', upload: 'u2', uploadDate: '2026-11-30', samePeriod: [], earlier: new Map(), households: new Map(), newId: () => `id${++n}`, ...over };
}

describe('planSignalWrites', () => {
  test('new tenants become new signals with a new household each; the upload date fills a missing signal date', () => {
    const plan = planSignalWrites([tenant('t1', 'A1'), tenant('t2', 'A2')], context());
    expect(plan.inserts.map((s) => [s.tenant_key, s.household, s.is_repeat, s.signal_date])).toEqual([
      ['t1', 'id1', false, '2026-11-30'],
      ['t2', 'id3', false, '2026-11-30'],
    ]);
    expect(plan.households).toEqual([{ id: 'id1', address_key: 'A1', address: 'Straat 1, 6001 AA Weert' }, { id: 'id3', address_key: 'A2', address: 'Straat 1, 6001 AA Weert' }]);
  });

  test('two tenants at one address share one household; an existing household is reused', () => {
    const plan = planSignalWrites([tenant('t1', 'A1'), tenant('t2', 'A1'), tenant('t3', 'B1')], context({ households: new Map([['B1', 'h-b']]) }));
    expect(plan.inserts.map((s) => s.household)).toEqual(['id1', 'id1', 'h-b']);
    expect(plan.households).toHaveLength(1);
  });

  test('the same tenant in a later month is a repeat signal on the same household', () => {
    const plan = planSignalWrites([tenant('t1', 'A1')], context({ earlier: new Map([['t1', { id: 's-old', household: 'h-old', period: '2026-10' }]]) }));
    expect(plan.inserts[0]).toMatchObject({ is_repeat: true, previous_signal: 's-old', household: 'h-old' });
    expect(plan.repeats).toBe(1);
    expect(plan.households).toEqual([]);
  });

  test('a corrected re-upload updates, removes what the correction dropped, and keeps signals already in progress', () => {
    const plan = planSignalWrites([tenant('t1', 'A1', { months_in_arrears: 3 }), tenant('t4', 'A4')], context({
      samePeriod: [
        { id: 's1', tenant_key: 't1', in_progress: false },
        { id: 's2', tenant_key: 't2', in_progress: false },
        { id: 's3', tenant_key: 't3', in_progress: true },
      ],
    }));
    expect(plan.updates).toEqual([{ id: 's1', changes: expect.objectContaining({ months_in_arrears: 3, upload: 'u2' }) }]);
    expect(plan.inserts.map((s) => s.tenant_key)).toEqual(['t4']);
    expect(plan.deletes).toEqual(['s2']);
    expect(plan.keptInProgress).toBe(1);
  });

  test('only art. 12.2 fields and bookkeeping are written', () => {
    const [row] = planSignalWrites([tenant('t1')], context()).inserts;
    expect(Object.keys(row!).sort()).toEqual([
      'arrears_amount', 'birth_date', 'city', 'house_letter', 'house_number', 'house_number_addition', 'household', 'id', 'initials', 'is_repeat',
      'months_in_arrears', 'name_prefix', 'partner', 'period', 'phone', 'postcode', 'previous_signal', 'signal_date', 'status', 'street', 'surname',
      'tenant_key', 'upload',
    ]);
  });

  test('a re-run of the same upload after its write committed (a crash before the clean-up) changes nothing and duplicates nothing', () => {
    const incoming = [tenant('t1', 'A1'), tenant('t2', 'A1'), tenant('t3', 'B1', { months_in_arrears: 5 })];
    const first = planSignalWrites(incoming, context({ upload: 'u1' }));
    // What the first run stored, as gatherSignalState reads it back for the second run.
    const second = planSignalWrites(incoming, context({
      upload: 'u1',
      samePeriod: first.inserts.map((row) => ({ id: row.id, tenant_key: row.tenant_key, in_progress: false })),
      households: new Map(first.households.map((h) => [h.address_key, h.id])),
    }));
    expect(second.inserts).toEqual([]);
    expect(second.deletes).toEqual([]);
    expect(second.households).toEqual([]);
    expect(second.updates.map((u) => u.id)).toEqual(first.inserts.map((row) => row.id));
    for (const update of second.updates) {
      const stored = first.inserts.find((row) => row.id === update.id)!;
      expect(update.changes).toMatchObject({ months_in_arrears: stored.months_in_arrears, household: stored.household, upload: 'u1', signal_date: stored.signal_date });
    }
  });
});
