/**
 * What kind of read a query is, for the access log (issue 12, item 4):
 *
 * - `read`: one item by its key (an item page, `GET /items/<collection>/<id>`);
 * - `list`: a page of a list, items by their keys, or the items that belong to another
 *   item (a case's signals on the case page: equality on a relational field);
 * - `search`: a free-text search (`search=`) or a filter on anything else. The log records
 *   only that a search happened and what it returned, never the term: the term is itself
 *   personal data (a name, a BSN, a birth date).
 */
export type ReadAction = 'read' | 'list' | 'search';

export interface ReadQuery {
  filter?: unknown;
  search?: unknown;
}

/** Operators that select by identity, not by content. */
const IDENTITY_OPERATORS = new Set(['_eq', '_in', '_null', '_nnull']);

type Condition = { field: string; operation: unknown };

/** The field conditions of a filter joined by `_and`; null when it holds anything else (`_or`, …). */
function andConditions(filter: unknown): Condition[] | null {
  if (filter === undefined || filter === null) return [];
  if (typeof filter !== 'object' || Array.isArray(filter)) return null;
  const out: Condition[] = [];
  for (const [key, value] of Object.entries(filter as Record<string, unknown>)) {
    if (key === '_and') {
      if (!Array.isArray(value)) return null;
      for (const part of value) {
        const inner = andConditions(part);
        if (!inner) return null;
        out.push(...inner);
      }
    } else if (key.startsWith('_')) {
      return null;
    } else {
      out.push({ field: key, operation: value });
    }
  }
  return out;
}

/** `{ _eq: x }`, `{ _in: [...] }`, …: a comparison by identity with plain values. */
function identityOperation(operation: unknown): { operator: string; value: unknown } | null {
  if (!operation || typeof operation !== 'object' || Array.isArray(operation)) return null;
  const entries = Object.entries(operation as Record<string, unknown>);
  if (entries.length !== 1) return null;
  const [operator, value] = entries[0]!;
  if (!IDENTITY_OPERATORS.has(operator)) return null;
  const plain = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
  if (Array.isArray(value) ? !value.every(plain) : !plain(value)) return null;
  return { operator, value };
}

export function readAction(query: ReadQuery, primaryKey: string, isRelationalField: (field: string) => boolean): ReadAction {
  if (typeof query.search === 'string' && query.search.trim() !== '') return 'search';
  const conditions = andConditions(query.filter);
  if (!conditions) return 'search';
  let byOneKey = false;
  for (const { field, operation } of conditions) {
    const identity = identityOperation(operation);
    if (!identity) return 'search';
    if (field === primaryKey) {
      if (identity.operator === '_eq') byOneKey = true;
      continue;
    }
    if (!isRelationalField(field)) return 'search';
  }
  return byOneKey && conditions.length === 1 ? 'read' : 'list';
}
