import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';

/** The official spec in reference/; tests only (ajv is a dev dependency). */
export const OPENAPI_PATH = fileURLToPath(new URL('../../../reference/brp/personen-openapi-v2.yaml', import.meta.url));

type Schema = Record<string, unknown>;
const REF_PREFIX = '#/components/schemas/';
const BASE_SUFFIX = '__base';

/**
 * Compiles the OpenAPI components with ajv. OpenAPI's `discriminator` is turned into
 * if/then dispatch on the property, so a `Datum` is checked as VolledigeDatum and not
 * only as AbstractDatum. Subtypes refer to their base via `allOf`; those references are
 * pointed at a copy of the base without the dispatch, or validation would loop.
 * `nullable: true` (OpenAPI 3.0 style) becomes a union with null.
 */
export async function loadOpenApiValidator(path = OPENAPI_PATH): Promise<(schemaName: string) => ValidateFunction> {
  const document = parse(await readFile(path, 'utf8')) as { components: { schemas: Record<string, Schema> } };
  const schemas = structuredClone(document.components.schemas);
  const converted: Record<string, Schema> = {};
  const bases = new Set(Object.entries(schemas).filter(([, schema]) => isDiscriminated(schema)).map(([name]) => name));

  for (const [name, schema] of Object.entries(schemas)) {
    const mapped = convert(schema, bases, name) as Schema;
    if (bases.has(name)) {
      const { discriminator, ...base } = mapped as Schema & { discriminator: { propertyName: string; mapping: Record<string, string> } };
      converted[`${name}${BASE_SUFFIX}`] = base;
      converted[name] = {
        allOf: [
          { $ref: `${REF_PREFIX}${name}${BASE_SUFFIX}` },
          ...Object.entries(discriminator.mapping).map(([value, ref]) => ({
            if: { properties: { [discriminator.propertyName]: { const: value } }, required: [discriminator.propertyName] },
            then: { $ref: ref },
          })),
        ],
      };
    } else converted[name] = mapped;
  }

  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }); // the spec escapes ' inside patterns, invalid with the u flag
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S+$/i);
  ajv.addFormat('int32', true);
  ajv.addSchema({ $id: 'brp-openapi.json', components: { schemas: converted } });
  return (schemaName) => {
    const validate = ajv.getSchema(`brp-openapi.json${REF_PREFIX}${schemaName}`);
    if (!validate) throw new Error(`No schema ${schemaName}`);
    return validate;
  };
}

function isDiscriminated(schema: Schema): boolean {
  return typeof schema.discriminator === 'object' && schema.discriminator !== null && 'mapping' in schema.discriminator;
}

/** Copies a schema: nullable → null in the type; refs from subtypes to a discriminated base → the base copy. */
function convert(node: unknown, bases: Set<string>, owner: string, inAllOf = false): unknown {
  if (Array.isArray(node)) return node.map((item) => convert(item, bases, owner, inAllOf));
  if (typeof node !== 'object' || node === null) return node;
  const schema = { ...(node as Schema) };
  if (schema.nullable === true && typeof schema.type === 'string') schema.type = [schema.type, 'null'];
  delete schema.nullable;
  if (inAllOf && typeof schema.$ref === 'string') {
    const target = schema.$ref.slice(REF_PREFIX.length);
    if (bases.has(target) && target !== owner) schema.$ref = `${REF_PREFIX}${target}${BASE_SUFFIX}`;
  }
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'discriminator') continue;
    if (key === 'allOf') schema[key] = convert(value, bases, owner, true);
    else if (typeof value === 'object') schema[key] = convert(value, bases, owner, false);
  }
  return schema;
}
