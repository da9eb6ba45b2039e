/**
 * A read by a person asks for the keys of every personal-data collection it reads (issue
 * 12, item 4): the access log records ids, and a query for `surname` alone (or
 * `household.address`) would return personal data without them. The keys are added to the
 * query's fields for the log and taken out of the answer again (`withoutFields`), so the
 * reader gets exactly what they asked for.
 */
import type { SchemaView } from './access-log-entries.ts';
import { holdsPersonalData } from './personal-data-collections.ts';

export function withKeyFields(fields: readonly string[], collection: string, schema: SchemaView): string[] {
  const out = [...fields];
  const has = new Set(fields);
  const want = (path: string) => {
    if (has.has(path)) return;
    has.add(path);
    out.push(path);
  };
  const keyPath = (prefix: string, name: string) => {
    const key = schema.primaryKey(name);
    if (!key || !holdsPersonalData(name) || has.has(prefix ? `${prefix}.*` : '*')) return;
    want(prefix ? `${prefix}.${key}` : key);
  };
  keyPath('', collection);
  for (const path of fields) {
    // Functions (`count(signals)`) and many-to-any paths (`item:collection`) stay as asked.
    if (/[():]/.test(path)) continue;
    const parts = path.split('.');
    let current = collection;
    for (let depth = 1; depth < parts.length; depth++) {
      const related = schema.related(current, parts[depth - 1]!);
      if (!related) break;
      keyPath(parts.slice(0, depth).join('.'), related);
      current = related;
    }
  }
  return out;
}

type Row = Record<string, unknown>;
const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

function without(value: unknown, path: string[]): unknown {
  if (Array.isArray(value)) return value.map((entry) => without(entry, path));
  if (!isRow(value)) return value;
  const [head, ...rest] = path;
  if (head === undefined || !(head in value)) return value;
  const copy = { ...value };
  if (rest.length) copy[head] = without(value[head], rest);
  else delete copy[head];
  return copy;
}

/** The records without the given field paths (the keys `withKeyFields` added). */
export function withoutFields<T>(records: T, paths: readonly string[]): T {
  let out: unknown = records;
  for (const path of paths) out = without(out, path.split('.'));
  return out as T;
}
