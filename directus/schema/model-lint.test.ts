/**
 * Model lint (issue 10): the standard Directus screens show every value in plain Dutch.
 * Fails when a field would show a raw code, an ISO date, true/false, "Ingeschakeld",
 * a bare decimal or a technical key in a list or form.
 */
import { describe, expect, test } from 'vitest';
import { collections, systemFields } from './model.ts';
import type { CollectionDefinition, FieldDefinition } from './field-builders.ts';

type Choice = { value: string; text: string };
const all: Array<{ collection: string; field: FieldDefinition }> = [
  ...collections.flatMap((c) => c.fields.map((field) => ({ collection: c.collection, field }))),
  ...systemFields.map(({ collection, field }) => ({ collection, field })),
];
const name = ({ collection, field }: { collection: string; field: FieldDefinition }) => `${collection}.${field.field}`;
const meta = (field: FieldDefinition) => field.meta as Record<string, unknown> & { options?: Record<string, unknown> | null; display_options?: Record<string, unknown> | null };
/** Templates that would show a technical key ("9731HM|60||") or an id. */
const TECHNICAL_TEMPLATE = /\{\{\s*[\w.]*(address_key|tenant_key|task_key|unique_key|active_key|\bid)\s*\}\}/;

describe('model lint: every value reads as plain Dutch', () => {
  test('every enum (dropdown with choices) shows its Dutch label through the labels display', () => {
    const problems: string[] = [];
    for (const entry of all) {
      const m = meta(entry.field);
      const choices = m.options?.choices as Choice[] | undefined;
      if (m.interface !== 'select-dropdown' || !choices) continue;
      if (m.display !== 'labels') problems.push(`${name(entry)}: display ${String(m.display)}, not labels`);
      expect.soft(m.display_options?.choices, `${name(entry)}: display choices`).toEqual(choices);
      for (const { value, text } of choices) {
        // A code (snake_case, English) must have a different, readable text.
        if (/^[a-z]+(_[a-z]+)+$|^[a-z]+$/.test(value) && text === value) problems.push(`${name(entry)}: "${value}" has no Dutch label`);
        if (!text?.trim()) problems.push(`${name(entry)}: "${value}" has an empty label`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('every date and timestamp shows as a Dutch date, never ISO', () => {
    const problems = all
      .filter(({ field }) => ['date', 'timestamp', 'dateTime'].includes(field.type))
      .filter(({ field }) => {
        const m = meta(field);
        if (m.display !== 'datetime') return true;
        // relative ("3 uur geleden") or a named format; a custom format string must not be ISO-like.
        const format = m.display_options?.format;
        return !m.display_options?.relative && !['long', 'short'].includes(String(format));
      })
      .map(name);
    expect(problems).toEqual([]);
  });

  test('every boolean shows "Ja"/"Nee" in lists and its own label on the checkbox (never "Ingeschakeld")', () => {
    const problems = all
      .filter(({ field }) => field.type === 'boolean')
      .filter(({ field }) => {
        const m = meta(field);
        return m.display !== 'boolean' || m.display_options?.labelOn !== 'Ja' || m.display_options?.labelOff !== 'Nee' || typeof m.options?.label !== 'string' || !m.options.label;
      })
      .map(name);
    expect(problems).toEqual([]);
  });

  test('every decimal shows with a Dutch decimal comma (formatted value)', () => {
    const problems = all
      .filter(({ field }) => field.type === 'decimal' || field.type === 'float')
      .filter(({ field }) => meta(field).display !== 'euro' && (meta(field).display !== 'formatted-value' || meta(field).display_options?.format !== true))
      .map(name);
    expect(problems).toEqual([]);
  });

  test('amounts show in euros and months of arrears with "maanden"', () => {
    const problems: string[] = [];
    for (const entry of all) {
      const m = meta(entry.field);
      if (/amount/.test(entry.field.field) && m.display !== 'euro') problems.push(`${name(entry)}: not the euro display`);
      if (/months_in_arrears$/.test(entry.field.field) && m.display_options?.suffix !== ' maanden') problems.push(`${name(entry)}: no "maanden"`);
    }
    expect(problems).toEqual([]);
  });

  test('every link to another item shows something readable (a template without technical keys)', () => {
    const byName = new Map<string, CollectionDefinition>(collections.map((c) => [c.collection, c]));
    const problems: string[] = [];
    for (const entry of all) {
      const m = meta(entry.field);
      const special = (m.special as string[] | null) ?? [];
      if (!special.includes('m2o') && !special.includes('o2m')) continue;
      const template = (m.display_options?.template ?? m.options?.template) as string | undefined;
      if (template && TECHNICAL_TEMPLATE.test(template)) problems.push(`${name(entry)}: template ${template}`);
      if (m.display !== 'related-values' && m.display !== 'user') problems.push(`${name(entry)}: display ${String(m.display)}`);
    }
    for (const collection of collections) {
      if (!collection.displayTemplate && !collection.singleton) problems.push(`${collection.collection}: no display template`);
      if (collection.displayTemplate && TECHNICAL_TEMPLATE.test(collection.displayTemplate)) problems.push(`${collection.collection}: display template ${collection.displayTemplate}`);
    }
    expect(byName.get('households')?.displayTemplate).toBe('{{address}}');
    expect(problems).toEqual([]);
  });

  test('technical keys are hidden in forms', () => {
    const visible = all.filter(({ field }) => /(^|_)key$/.test(field.field) && field.field !== 'key' && !meta(field).hidden).map(name);
    expect(visible).toEqual([]);
  });

  test('a text that may be empty shows nothing in a title, not Directus\'s "--" ("M.A. -- Jansen")', () => {
    // Directus renders each field of a display template with the field's display; without one
    // it takes formatted-value, which writes "--" as text for an empty value (with one, an
    // empty value is the placeholder span.null, which the project's CSS removes).
    const problems: string[] = [];
    for (const collection of collections) {
      for (const [, fieldName] of (collection.displayTemplate ?? '').matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
        const field = collection.fields.find((candidate) => candidate.field === fieldName);
        if (!field || !['string', 'text'].includes(field.type) || meta(field).required === true) continue;
        if (!meta(field).display) problems.push(`${collection.collection}.${fieldName}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('a title that follows a link that may be empty shows nothing for it, not "--" ("Upload ontbreekt · -- · december 2026")', () => {
    // For {{partner.name}} with no partner, Directus hands formatted-value (the default
    // display) the list [null], not null: it skips its empty placeholder and draws "--".
    // The project's rule: the field at the end of such a path has the display vs-text.
    const byName = new Map(collections.map((collection) => [collection.collection, collection]));
    const relationOf = (collection: string, field: string) => collections.flatMap((c) => c.relations ?? []).find((relation) => relation.collection === collection && relation.field === field);
    const problems: string[] = [];
    for (const collection of collections) {
      for (const [, path] of (collection.displayTemplate ?? '').matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)) {
        const links = path!.split('.');
        const last = links.pop()!;
        let current: CollectionDefinition | undefined = collection;
        let mayBeEmpty = false;
        for (const link of links) {
          const field = current?.fields.find((candidate) => candidate.field === link);
          const relation = current && relationOf(current.collection, link);
          if (!field || !relation) {
            problems.push(`${collection.collection}: ${path} does not follow a known link`);
            current = undefined;
            break;
          }
          if (meta(field).required !== true || relation.schema?.on_delete === 'SET NULL') mayBeEmpty = true;
          current = byName.get(relation.related_collection ?? '');
        }
        if (!links.length || !current) continue;
        const end = current.fields.find((candidate) => candidate.field === last);
        if (!end) problems.push(`${collection.collection}: ${path} ends on no field`);
        else if (mayBeEmpty && meta(end).display !== 'vs-text') problems.push(`${collection.collection}: ${path} may be empty and shows "--"`);
      }
    }
    expect(problems).toEqual([]);
  });
});
