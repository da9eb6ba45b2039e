import { describe, expect, test } from 'vitest';
import { schemaView } from './schema-view.ts';

const schema = {
  collections: { cases: { primary: 'id' }, signals: { primary: 'id' }, households: { primary: 'id' } },
  relations: [
    { collection: 'signals', field: 'case', related_collection: 'cases', meta: { one_field: 'signals' } },
    { collection: 'cases', field: 'household', related_collection: 'households', meta: null },
    { collection: 'signals', field: 'anything', related_collection: null, meta: null },
  ],
};

describe('schemaView', () => {
  test.each([
    ['many-to-one', 'signals', 'case', 'cases'],
    ['its one-to-many side', 'cases', 'signals', 'signals'],
    ['many-to-one without the other side', 'cases', 'household', 'households'],
    ['a plain field', 'cases', 'status', null],
    ['many-to-any (no related collection)', 'signals', 'anything', null],
  ])('%s', (_name, collection, field, expected) => {
    expect(schemaView(schema).related(collection, field)).toBe(expected);
  });

  test('keys, and the same view for the same schema', () => {
    const view = schemaView(schema);
    expect(view.primaryKey('cases')).toBe('id');
    expect(view.primaryKey('unknown')).toBeNull();
    expect(schemaView(schema)).toBe(view);
  });
});
