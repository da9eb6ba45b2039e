/**
 * Keys and relations of Directus's schema overview, as the access log's rules ask them
 * (core/privacy/access-log-entries.ts). Built once per schema object: Directus hands the
 * same object to every hook until the schema changes.
 */
import type { SchemaView } from '../../../core/privacy/access-log-entries.ts';

interface Relation {
  collection: string;
  field: string;
  related_collection: string | null;
  meta?: { one_field?: string | null } | null;
}
export interface SchemaOverview {
  collections: Record<string, { primary: string } | undefined>;
  relations: Relation[];
}

const views = new WeakMap<object, SchemaView>();

export function schemaView(schema: SchemaOverview): SchemaView {
  const cached = views.get(schema);
  if (cached) return cached;
  const related = new Map<string, string>();
  for (const relation of schema.relations ?? []) {
    if (relation.related_collection) related.set(`${relation.collection}.${relation.field}`, relation.related_collection);
    const oneField = relation.meta?.one_field;
    if (oneField && relation.related_collection) related.set(`${relation.related_collection}.${oneField}`, relation.collection);
  }
  const view: SchemaView = {
    primaryKey: (collection) => schema.collections?.[collection]?.primary ?? null,
    related: (collection, field) => related.get(`${collection}.${field}`) ?? null,
  };
  views.set(schema, view);
  return view;
}
