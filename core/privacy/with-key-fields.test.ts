import { describe, expect, test } from 'vitest';
import type { SchemaView } from './access-log-entries.ts';
import { withKeyFields, withoutFields } from './with-key-fields.ts';

const schema: SchemaView = {
  primaryKey: (collection) => (collection === 'loose' ? null : 'id'),
  related: (collection, field) => ({ 'cases.household': 'households', 'cases.signals': 'signals', 'signals.facts': 'signal_facts' } as Record<string, string>)[`${collection}.${field}`] ?? null,
};

describe('withKeyFields', () => {
  test.each([
    ['all fields', ['*'], ['*']],
    ['the key is there', ['id', 'status'], ['id', 'status']],
    ['one field', ['status'], ['status', 'id']],
    ['a related field', ['household.address'], ['household.address', 'id', 'household.id']],
    ['two levels deep', ['signals.facts.value'], ['signals.facts.value', 'id', 'signals.id', 'signals.facts.id']],
    ['related with all its fields', ['*', 'household.*'], ['*', 'household.*']],
    ['a function', ['count(signals)'], ['count(signals)', 'id']],
    ['a plain field with a dot-free name', ['household'], ['household', 'id']],
  ])('%s', (_name, fields, expected) => {
    expect(withKeyFields(fields, 'cases', schema)).toEqual(expected);
  });

  test('a collection without a key or without personal data gets nothing', () => {
    expect(withKeyFields(['a'], 'loose', schema)).toEqual(['a']);
    expect(withKeyFields(['name'], 'signal_partners', schema)).toEqual(['name']);
  });

  test('the added keys leave the answer again, nested and in lists', () => {
    const records = [{ id: 'c1', status: 'new', household: { id: 'h1', address: 'Markt 1' }, signals: [{ id: 's1', facts: [{ id: 'f1', value: 'x' }] }, { id: 's2', facts: [] }] }, { id: 'c2', status: 'new', household: null, signals: [] }];
    expect(withoutFields(records, ['id', 'household.id', 'signals.id', 'signals.facts.id'])).toEqual([
      { status: 'new', household: { address: 'Markt 1' }, signals: [{ facts: [{ value: 'x' }] }, { facts: [] }] },
      { status: 'new', household: null, signals: [] },
    ]);
    expect(records[0]!.id).toBe('c1');
    expect(withoutFields(records, [])).toBe(records);
  });
});
