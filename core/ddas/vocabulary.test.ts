import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CONTACT_KINDS, END_RESULTS, PARTS_OF_DAY, SIGNAL_PARTNER_TYPES, SIGNAL_STATUSES } from './vocabulary.ts';

const schema = JSON.parse(
  readFileSync(new URL('../../reference/ddas/ddas-v1.2-uitwisselmodel.schema.json', import.meta.url), 'utf8'),
) as { $defs: Record<string, { enum?: string[] }> };

describe('DDAS vocabulary matches the official v1.2 schema', () => {
  test.each([
    ['EnumSignaalpartner', SIGNAL_PARTNER_TYPES],
    ['EnumSignaalstatus', SIGNAL_STATUSES],
    ['EnumEindresultaat', END_RESULTS],
    ['EnumContactsoort', CONTACT_KINDS],
    ['EnumDagdeel', PARTS_OF_DAY],
  ] as const)('%s', (name, values) => {
    expect([...values].sort()).toEqual([...(schema.$defs[name]?.enum ?? [])].sort());
  });
});
