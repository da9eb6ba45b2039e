/**
 * Small builders for Directus field and collection definitions, so the data model reads
 * as a list of Dutch-labelled fields instead of pages of Directus JSON.
 * They are used only to (re)generate snapshots/schema.yaml (npm run snapshot).
 */

export interface FieldDefinition {
  field: string;
  type: string;
  schema: Record<string, unknown> | null;
  meta: Record<string, unknown>;
}

export interface RelationDefinition {
  collection: string;
  field: string;
  related_collection: string | null;
  meta?: Record<string, unknown>;
  schema?: Record<string, unknown>;
}

export interface CollectionDefinition {
  collection: string;
  label: { singular: string; plural: string };
  icon: string;
  note: string;
  displayTemplate?: string;
  singleton?: boolean;
  hidden?: boolean;
  sortField?: string;
  primaryKey: 'uuid' | 'integer';
  /** Directus's activity and revision tracking; default 'all'. Null for append-only logs, which are their own record. */
  accountability?: 'all' | 'activity' | null;
  fields: FieldDefinition[];
  relations?: RelationDefinition[];
}

interface FieldOptions {
  required?: boolean;
  note?: string;
  width?: 'half' | 'full' | 'fill';
  readonly?: boolean;
  hidden?: boolean;
  unique?: boolean;
  default?: unknown;
  maxLength?: number;
  interface?: string;
  options?: Record<string, unknown>;
  display?: string;
  displayOptions?: Record<string, unknown>;
  validation?: Record<string, unknown>;
  validationMessage?: string;
  indexed?: boolean;
  /** Directus field conditions: other readonly/hidden settings while a rule holds. */
  conditions?: FieldCondition[];
}

export interface FieldCondition {
  name: string;
  rule: Record<string, unknown>;
  hidden?: boolean;
  readonly?: boolean;
}

/**
 * Hidden while the item is being created: the form's values carry `id: null` then (a
 * uuid key defaults to null), and the app applies a condition only when its one rule holds.
 * For result fields that only the processing fills in.
 */
export const HIDDEN_ON_CREATE: FieldCondition[] = [{ name: 'Verborgen bij aanmaken', rule: { id: { _null: true } }, hidden: true, readonly: true }];

const nl = (translation: string) => [{ language: 'nl-NL', translation }];

/** The boolean display's labels: lists say "Ja"/"Nee", never true/false or an English word. */
export const DUTCH_YES_NO = { labelOn: 'Ja', labelOff: 'Nee' } as const;

/** A field without data that only shows something in the form (a divider, buttons). */
function presentation(field: string, label: string, interfaceName: string, options: Record<string, unknown>, conditions?: FieldCondition[]): FieldDefinition {
  return {
    field,
    type: 'alias',
    schema: null,
    meta: {
      interface: interfaceName,
      options,
      special: ['alias', 'no-data'],
      width: 'full',
      translations: nl(label),
      readonly: false,
      hidden: false,
      required: false,
      note: null,
      display: null,
      display_options: null,
      validation: null,
      validation_message: null,
      ...(conditions ? { conditions } : {}),
    },
  };
}

function build(field: string, type: string, label: string, options: FieldOptions, schemaExtra: Record<string, unknown>, metaExtra: Record<string, unknown>): FieldDefinition {
  return {
    field,
    type,
    schema: {
      is_nullable: !options.required,
      is_unique: options.unique ?? false,
      is_indexed: options.indexed ?? false,
      default_value: options.default ?? null,
      ...schemaExtra,
    },
    meta: {
      interface: options.interface ?? null,
      options: options.options ?? null,
      display: options.display ?? null,
      display_options: options.displayOptions ?? null,
      readonly: options.readonly ?? false,
      hidden: options.hidden ?? false,
      required: options.required ?? false,
      width: options.width ?? 'half',
      note: options.note ?? null,
      translations: nl(label),
      validation: options.validation ?? null,
      validation_message: options.validationMessage ?? null,
      special: null,
      ...(options.conditions ? { conditions: options.conditions } : {}),
      ...metaExtra,
    },
  };
}

export const f = {
  string: (field: string, label: string, o: FieldOptions = {}) =>
    build(field, 'string', label, { interface: 'input', ...o }, { max_length: o.maxLength ?? 255 }, {}),
  text: (field: string, label: string, o: FieldOptions = {}) =>
    build(field, 'text', label, { interface: 'input-multiline', width: 'full', ...o }, {}, {}),
  code: (field: string, label: string, language: string, o: FieldOptions = {}) =>
    build(field, 'text', label, { interface: 'input-code', options: { language, lineNumber: true }, width: 'full', ...o }, {}, {}),
  integer: (field: string, label: string, o: FieldOptions = {}) =>
    build(field, 'integer', label, { interface: 'input', ...o }, {}, {}),
  decimal: (field: string, label: string, precision: number, scale: number, o: FieldOptions = {}) =>
    build(field, 'decimal', label, { interface: 'input', display: 'formatted-value', displayOptions: { format: true }, ...o }, { numeric_precision: precision, numeric_scale: scale }, {}),
  /** "Ja"/"Nee" in lists; the form's checkbox carries the field's own label (Directus's default is "Ingeschakeld"). */
  boolean: (field: string, label: string, o: FieldOptions = {}) =>
    build(field, 'boolean', label, { interface: 'boolean', options: { label }, display: 'boolean', displayOptions: DUTCH_YES_NO, ...o }, {}, { special: ['cast-boolean'] }),
  /** A date as people write it: "2 december 2026" (the app's nl-NL date format), never ISO. */
  date: (field: string, label: string, o: FieldOptions = {}) =>
    build(field, 'date', label, { interface: 'datetime', display: 'datetime', displayOptions: { format: 'long' }, ...o }, {}, {}),
  /** "2 dec 2026 14:05" (24-hour clock). */
  timestamp: (field: string, label: string, o: FieldOptions = {}) =>
    build(field, 'timestamp', label, { interface: 'datetime', options: { use24: true }, display: 'datetime', displayOptions: { relative: false, format: 'short', use24: true }, ...o }, {}, {}),
  /** Months of arrears, fractions allowed: "2,5 maanden" (Dutch decimal comma). */
  months: (field: string, label: string, o: FieldOptions = {}) =>
    build(field, 'decimal', label, { interface: 'input', display: 'formatted-value', displayOptions: { format: true, suffix: ' maanden' }, ...o }, { numeric_precision: 5, numeric_scale: 1 }, {}),
  /** An amount in euros: "€ 1.850,25", through the project's `euro` display (extensions/src/displays/euro.ts). */
  euros: (field: string, label: string, o: FieldOptions = {}) =>
    build(field, 'decimal', label, { interface: 'input', options: { iconLeft: 'euro' }, display: 'euro', ...o }, { numeric_precision: 10, numeric_scale: 2 }, {}),
  json: (field: string, label: string, o: FieldOptions = {}) =>
    build(field, 'json', label, { interface: 'input-code', options: { language: 'JSON' }, width: 'full', ...o }, {}, { special: ['cast-json'] }),
  tags: (field: string, label: string, o: FieldOptions = {}) =>
    build(field, 'json', label, { interface: 'tags', display: 'labels', width: 'full', ...o }, {}, { special: ['cast-json'] }),
  /** A dropdown whose stored values may be Dutch standard vocabulary (DDAS) or English codes. */
  choice: (field: string, label: string, choices: ReadonlyArray<readonly [value: string, text: string]>, o: FieldOptions = {}) =>
    build(
      field,
      'string',
      label,
      {
        interface: 'select-dropdown',
        options: { choices: choices.map(([value, text]) => ({ value, text })) },
        display: 'labels',
        displayOptions: { choices: choices.map(([value, text]) => ({ value, text })) },
        ...o,
      },
      { max_length: 255 },
      {},
    ),
  uuidPk: () =>
    build('id', 'uuid', 'ID', { readonly: true, hidden: true, interface: 'input' }, { is_primary_key: true, is_nullable: false, length: 36 }, { special: ['uuid'] }),
  integerPk: () =>
    build('id', 'integer', 'ID', { readonly: true, hidden: true, interface: 'input' }, { is_primary_key: true, has_auto_increment: true, is_nullable: false }, {}),
  m2o: (field: string, label: string, related: string, keyType: 'uuid' | 'integer', o: FieldOptions & { template?: string } = {}) =>
    build(
      field,
      keyType,
      label,
      {
        interface: related === 'directus_files' ? 'file' : 'select-dropdown-m2o',
        display: related === 'directus_files' ? 'file' : 'related-values',
        options: o.template ? { template: o.template } : undefined,
        displayOptions: o.template ? { template: o.template } : undefined,
        ...o,
      },
      {},
      { special: related === 'directus_files' ? ['file'] : ['m2o'] },
    ),
  o2m: (field: string, label: string, o: FieldOptions & { template?: string } = {}) => ({
    field,
    type: 'alias',
    schema: null,
    meta: {
      interface: 'list-o2m',
      options: o.template ? { template: o.template, enableCreate: false, enableSelect: false } : { enableCreate: false, enableSelect: false },
      display: 'related-values',
      display_options: o.template ? { template: o.template } : undefined,
      readonly: o.readonly ?? true,
      hidden: o.hidden ?? false,
      required: false,
      width: 'full',
      note: o.note ?? null,
      translations: nl(label),
      validation: null,
      validation_message: null,
      special: ['o2m'],
    },
  }),
  userCreated: (o: { conditions?: FieldCondition[] } = {}) =>
    build('user_created', 'uuid', 'Aangemaakt door', { readonly: true, ...o, interface: 'select-dropdown-m2o', display: 'user', options: { template: '{{first_name}} {{last_name}}' } }, {}, { special: ['user-created'] }),
  dateCreated: (o: { conditions?: FieldCondition[] } = {}) =>
    build('date_created', 'timestamp', 'Aangemaakt op', { readonly: true, ...o, interface: 'datetime', display: 'datetime', displayOptions: { relative: true } }, {}, { special: ['date-created'] }),
  dateUpdated: () =>
    build('date_updated', 'timestamp', 'Gewijzigd op', { readonly: true, hidden: true, interface: 'datetime', display: 'datetime', displayOptions: { relative: true } }, {}, { special: ['date-updated'] }),
  /** Buttons that open a URL (relative to the API), e.g. a download served by our endpoint. */
  links: (field: string, label: string, links: Array<{ label: string; icon: string; url: string }>, o: { conditions?: FieldCondition[] } = {}) =>
    // Our own links interface: Directus's greys its buttons out on a read-only form (extensions/src/app/interfaces/action-links.ts).
    presentation(field, label, 'vs-action-links', { links }, o.conditions),
  /** A field without data shown by one of our own app interfaces (extensions/src/app/interfaces). */
  appInterface: (field: string, label: string, interfaceName: string, o: { conditions?: FieldCondition[] } = {}) => presentation(field, label, interfaceName, {}, o.conditions),
  divider: (field: string, label: string) => presentation(field, label, 'presentation-divider', { title: label, icon: null }),
};

export const m2oRelation = (collection: string, field: string, related: string, onDelete: 'SET NULL' | 'CASCADE' | 'NO ACTION', oneField: string | null = null): RelationDefinition => ({
  collection,
  field,
  related_collection: related,
  meta: { one_field: oneField, sort_field: null, one_deselect_action: 'nullify' },
  schema: { on_delete: onDelete },
});
