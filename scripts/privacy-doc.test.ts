/**
 * PRIVACY.md cannot drift from the code (issue 12 item 7): every table marked
 * `<!-- check: … -->` must list exactly what the code's own configuration says, in the same
 * order: what a corporation sends and reads, what AMW receives and reads, the columns of the
 * two exports, the BRP fields asked for, and the retention settings with their defaults.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BRP_PERSON_FIELDS } from '../core/brp/map-persoon.ts';
import { AMW_OVERVIEW_COLUMNS } from '../core/documents/amw-overview-rows.ts';
import { FEEDBACK_COLUMNS } from '../core/documents/feedback-rows.ts';
import { SIGNAL_FIELD_LABELS, SIGNAL_FIELDS } from '../core/intake/signal-record.ts';
import { checkedTables, type CheckedRow } from '../core/privacy/checked-tables.ts';
import { policies, REFERRAL_DATA_FOR_SOCIAL_WORK, type AccessKey, type Action } from '../directus/access/access-model.ts';
import { collections } from '../directus/schema/model.ts';
import { fromRoot } from './lib/project-paths.ts';

const tables = checkedTables(readFileSync(fromRoot('PRIVACY.md'), 'utf8'));

function table(name: string): CheckedRow[] {
  const rows = tables.get(name);
  if (!rows) throw new Error(`PRIVACY.md has no table marked <!-- check: ${name} -->`);
  return rows;
}

/** The first backticked value of each row: the field, column or setting it is about. */
const keys = (name: string) => table(name).map((row) => row.codes[0]?.[0] ?? `(row without a code: ${row.cells[0]})`);
/** Field and column names with the text of a given column of the table. */
const pairs = (name: string, column: number) => table(name).map((row) => [row.codes[0]?.[0], row.cells[column]]);

/** What a role reads, per collection: the fields of its read permissions, in the order granted. */
function readsOf(key: AccessKey): Array<[string, string[]]> {
  const policy = policies.find((p) => p.key === key);
  if (!policy) throw new Error(`No policy ${key}`);
  const reads = new Map<string, string[]>();
  for (const permission of policy.permissions.filter((p) => p.action === 'read')) {
    const fields = reads.get(permission.collection) ?? [];
    for (const field of permission.fields) if (!fields.includes(field)) fields.push(field);
    reads.set(permission.collection, fields);
  }
  return [...reads];
}
const ACTIONS: Action[] = ['create', 'read', 'update', 'delete'];
const documentedReads = (name: string) => table(name).map((row) => [row.codes[0]?.[0], row.codes[1] ?? []]);

describe('PRIVACY.md matches the code', () => {
  it('what a corporation sends (art. 12.2): the fields intake accepts, with their Dutch names', () => {
    expect(pairs('corporation-sends', 1)).toEqual(SIGNAL_FIELDS.map((field) => [field, SIGNAL_FIELD_LABELS[field]]));
  });

  it('what a corporation reads in the app: its read permissions', () => {
    expect(documentedReads('corporation-reads')).toEqual(readsOf('corporation'));
  });

  it('the feedback to a corporation: the export columns with their headers', () => {
    expect(pairs('corporation-feedback', 1)).toEqual(FEEDBACK_COLUMNS.map((column) => [column.key, column.header]));
  });

  it('what AMW gets of a referral (art. 12.3 plus its workflow fields)', () => {
    expect(keys('amw-referral')).toEqual(REFERRAL_DATA_FOR_SOCIAL_WORK);
  });

  it('what AMW reads in the app: its read permissions', () => {
    expect(documentedReads('amw-reads')).toEqual(readsOf('social_work'));
  });

  it("AMW's monthly overview: the export columns with their headers", () => {
    expect(pairs('amw-overview', 1)).toEqual(AMW_OVERVIEW_COLUMNS.map((column) => [column.key, column.header]));
  });

  it('the BRP fields asked for', () => {
    expect(keys('brp-fields')).toEqual([...BRP_PERSON_FIELDS]);
  });

  it('the retention settings (art. 12.5): names and defaults', () => {
    const settings = collections.find((c) => c.collection === 'app_settings')!;
    // Settings that hold a value (the section's divider is a field without a column).
    const retention = settings.fields.filter((field) => field.field.startsWith('retention_') && field.schema !== null).map((field) => [field.field, String(field.schema?.default_value)]);
    expect(retention.length).toBeGreaterThan(0);
    expect(pairs('retention', 1)).toEqual(retention);
  });

  it('the privacy registers: which role may do what', () => {
    const documented = table('registers').map((row) => [row.codes[0]?.[0], row.codes[2] ?? []]);
    const actual = documented.map(([collection]) => {
      const grants = policies
        .filter((policy) => !policy.admin_access)
        .map((policy) => {
          const actions = ACTIONS.filter((action) => policy.permissions.some((p) => p.collection === collection && p.action === action));
          return actions.length > 0 ? `${policy.key}:${actions.join('/')}` : null;
        })
        .filter((grant) => grant !== null);
      return [collection, grants];
    });
    expect(documented).toEqual(actual);
    expect(documented.map(([collection]) => collection)).toEqual(['objections', 'privacy_requests', 'access_log', 'data_breaches', 'disclosures', 'deletion_log']);
  });

  it('has no checked table the test does not know', () => {
    expect([...tables.keys()].sort()).toEqual(['amw-overview', 'amw-reads', 'amw-referral', 'brp-fields', 'corporation-feedback', 'corporation-reads', 'corporation-sends', 'registers', 'retention']);
  });
});
