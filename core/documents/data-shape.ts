/**
 * The variables a template can reach, derived from the zod data model so the two never
 * drift apart: an object has fields, a list has elements, anything else is one value.
 */
import { z } from 'zod';

export type DataShape = { kind: 'value' } | { kind: 'object'; fields: Readonly<Record<string, DataShape>> } | { kind: 'array'; element: DataShape };

type JsonSchemaNode = { type?: string | string[]; properties?: Record<string, JsonSchemaNode>; items?: JsonSchemaNode; anyOf?: JsonSchemaNode[]; oneOf?: JsonSchemaNode[] };

const VALUE: DataShape = { kind: 'value' };

function fromJsonSchema(node: JsonSchemaNode): DataShape {
  const variants = (node.anyOf ?? node.oneOf)?.filter((variant) => variant.type !== 'null');
  // "nullable" is a variant with null; a union of a number and a text stays one value.
  if (variants) return variants.map(fromJsonSchema).find((shape) => shape.kind !== 'value') ?? VALUE;
  if (node.properties) return { kind: 'object', fields: Object.fromEntries(Object.entries(node.properties).map(([name, field]) => [name, fromJsonSchema(field)])) };
  if (node.items) return { kind: 'array', element: fromJsonSchema(node.items) };
  return VALUE;
}

export function dataShapeOf(schema: z.ZodType): DataShape {
  return fromJsonSchema(z.toJSONSchema(schema, { unrepresentable: 'any' }) as JsonSchemaNode);
}

/** Every reachable path ("addressee.surname"), for suggestions when a name is misspelt. */
export function pathsOf(shape: DataShape, prefix = ''): string[] {
  if (shape.kind !== 'object') return prefix ? [prefix] : [];
  return Object.entries(shape.fields).flatMap(([name, field]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    return field.kind === 'object' ? [path, ...pathsOf(field, path)] : [path];
  });
}
