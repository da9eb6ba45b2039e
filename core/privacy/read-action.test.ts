import { describe, expect, test } from 'vitest';
import { readAction } from './read-action.ts';

const relational = (field: string) => ['household', 'case'].includes(field);

describe('readAction', () => {
  test.each([
    ['one item by key (item page)', { filter: { id: { _eq: 'a' } } }, 'read'],
    ['a list without filter', {}, 'list'],
    ['items by keys (readMany)', { filter: { _and: [{ id: { _in: ['a', 'b'] } }, {}] } }, 'list'],
    ['a case page’s signals (equality on a relation)', { filter: { case: { _eq: 'c' } } }, 'list'],
    ['one key plus a relation', { filter: { id: { _eq: 'a' }, household: { _eq: 'h' } } }, 'list'],
    ['free-text search', { search: 'Jansen' }, 'search'],
    ['empty search text', { search: '  ' }, 'list'],
    ['filter on a field', { filter: { surname: { _eq: 'Jansen' } } }, 'search'],
    ['contains on a key', { filter: { id: { _contains: 'a' } } }, 'search'],
    ['filter through a relation', { filter: { household: { address: { _contains: 'Markt' } } } }, 'search'],
    ['an _or', { filter: { _or: [{ id: { _eq: 'a' } }] } }, 'search'],
    ['item page with an extra filter', { filter: { id: { _eq: 'a' }, status: { _eq: 'new' } } }, 'search'],
    ['a filter that is not an object', { filter: 'x' }, 'search'],
  ])('%s → %s', (_name, query, expected) => {
    expect(readAction(query, 'id', relational)).toBe(expected);
  });
});
