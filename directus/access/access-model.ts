/**
 * The access model as data: roles, policies and their permissions. `npm start` provisions
 * it idempotently (directus/access/provision-access.ts); the permission-matrix test proves
 * it over the real REST API. Stable keys make re-provisioning an update, never a duplicate.
 *
 * Covenant anchors: art. 7.1 (only partners involved see a case), art. 12.2 (what a
 * corporation sends), art. 12.3 (what AMW receives).
 */

import { collections } from '../schema/model.ts';

export type Action = 'create' | 'read' | 'update' | 'delete';
export type Filter = Record<string, unknown>;

export interface PermissionDefinition {
  collection: string;
  action: Action;
  fields: string[];
  permissions?: Filter | null;
  validation?: Filter | null;
  presets?: Record<string, unknown> | null;
}

/**
 * Roles and policies are found by a stable, non-secret key (`directus_roles.key`,
 * `directus_policies.key`); their ids are random per installation, so a token cannot be
 * forged from ids read in this source. Filters refer to them as `roleRef(key)`, which
 * provisioning replaces by the installation's id (directus/access/access-refs.ts).
 */
export const ACCESS_KEYS = ['admin', 'functional_admin', 'debt_services', 'corporation', 'social_work', 'worker'] as const;
export type AccessKey = (typeof ACCESS_KEYS)[number];

export interface PolicyDefinition {
  key: AccessKey;
  name: string;
  icon: string;
  description: string;
  admin_access: boolean;
  app_access: boolean;
  permissions: PermissionDefinition[];
}

export interface RoleDefinition {
  key: AccessKey;
  name: string;
  icon: string;
  description: string;
  policies: AccessKey[];
}

/** Placeholders for ids that differ per installation; resolved before they reach Directus. */
export const roleRef = (key: AccessKey) => `@role:${key}`;
export const policyRef = (key: AccessKey) => `@policy:${key}`;

/** The service account; found by e-mail, its id is random. */
export const WORKER_EMAIL = 'worker@vroegsignalering.nl';

const ALL = ['*'];
const CRUD: Action[] = ['create', 'read', 'update', 'delete'];
const own = (field: string) => ({ [field]: { _eq: '$CURRENT_USER.partner' } });
const grant = (collection: string, actions: Action[], extra: Omit<PermissionDefinition, 'collection' | 'action' | 'fields'> & { fields?: string[] } = {}) =>
  actions.map((action) => ({ collection, action, fields: extra.fields ?? ALL, permissions: extra.permissions ?? null, validation: extra.validation ?? null, presets: extra.presets ?? null }));

/** Covenant art. 12.3: what AMW may see of a referral, plus the workflow fields it needs. */
export const REFERRAL_FIELDS_FOR_SOCIAL_WORK = [
  'id', 'status', 'priority', 'date_sent',
  'initials', 'name_prefix', 'surname', 'birth_date',
  'street', 'house_number', 'house_letter', 'house_number_addition', 'postcode', 'city', 'phone',
  'living_situation', 'debt_areas',
  'outcome', 'outcome_note', 'date_outcome', 'date_referred_back', 'contact_attempts',
];

/**
 * What AMW records about its own work on a referral. The o2m `contact_attempts` lets AMW add
 * an attempt from the referral form; each one still goes through AMW's own create permission.
 */
export const REFERRAL_OUTCOME_FIELDS = ['status', 'outcome', 'outcome_note', 'date_outcome', 'contact_attempts'];

/**
 * The statuses AMW sets on its referrals; `new` and `withdrawn` are the municipality's.
 * The hook (extensions/src/hooks/casework.ts) checks the order and gives the Dutch reason.
 */
export const REFERRAL_STATUSES_FOR_SOCIAL_WORK = ['in_progress', 'closed', 'referred_back'];

/** AMW writes its own note (`amw_note`), never the municipality's (`note`): each keeps its own file (art. 11.1). */
export const CONTACT_ATTEMPT_FIELDS_FOR_SOCIAL_WORK = ['referral', 'kind', 'reached', 'date', 'part_of_day', 'amw_note'];

/**
 * What staff change on a case: its work fields. Never the rule's decision (rule_route,
 * decided_by_rule, reason, decision_facts), priority, household or period; the dates and
 * override stamps that follow from a change are written by the casework hook. The o2m
 * `contact_attempts` lets staff add an attempt from the case form.
 */
export const CASE_FIELDS_STAFF_UPDATE = [
  'status', 'assigned_to', 'result', 'date_first_talk', 'talk_at', 'talk_place', 'regisseur_sdv', 'regisseur_participatie',
  'rent_withholding_consent', 'consent_date', 'attention', 'route', 'override_reason', 'contact_attempts',
];

/** Every field of one of our collections, except some: for grants that must leave a field out. */
export function fieldsExcept(collection: string, except: string[]): string[] {
  const definition = collections.find((c) => c.collection === collection);
  if (!definition) throw new Error(`Unknown collection ${collection}`);
  const fields = definition.fields.map((field) => field.field).filter((field) => !except.includes(field));
  for (const field of except) if (!definition.fields.some((f) => f.field === field)) throw new Error(`Unknown field ${collection}.${field}`);
  return fields;
}

/** AMW's own free text, which the municipality does not read (art. 11.1). */
export const REFERRAL_FIELDS_FOR_STAFF = fieldsExcept('referrals', ['outcome_note']);
export const CONTACT_ATTEMPT_FIELDS_FOR_STAFF = fieldsExcept('contact_attempts', ['amw_note']);

/** What a corporation sees of its own uploads: the processing result, never other partners' data. */
export const UPLOAD_FIELDS_FOR_CORPORATION = [
  'id', 'partner', 'period', 'file', 'file_name', 'status', 'summary', 'rows_read', 'accepted', 'rejected',
  'duplicates', 'dropped_columns', 'error_report', 'error_report_download', 'replaces', 'processed_at', 'user_created', 'date_created',
];

/** AMW sees a referral once it is released (date_sent: after the advance-notice letter). */
const socialWorkReferrals = { _and: [{ target: { _eq: 'amw' } }, own('partner'), { date_sent: { _nnull: true } }] };
/** Staff change and remove their own attempts, not AMW's (each partner keeps its own file). */
const notAmwAttempt = { _or: [{ organisation: { _null: true } }, { organisation: { _neq: 'amw' } }] };
/** Accounts only the admin manages: administrators and the service account (issue 7, item 8). */
const PROTECTED_ROLES = [roleRef('admin'), roleRef('worker')];
const notProtected = { _or: [{ role: { _null: true } }, { role: { _nin: PROTECTED_ROLES } }] };
/** Submitted roles must not be protected ones; a 2FA secret may only be reset, never set. */
const assignsNoProtectedRole = { _and: [{ role: { _nin: PROTECTED_ROLES } }, { tfa_secret: { _null: true } }] };

/** What the functional admin reads of a user: never the token or the 2FA secret. */
const USER_FIELDS_FOR_FUNCTIONAL_ADMIN = [
  'id', 'first_name', 'last_name', 'email', 'status', 'role', 'policies', 'partner', 'language', 'title', 'description',
  'avatar', 'location', 'tags', 'last_access', 'last_page', 'provider', 'external_identifier', 'email_notifications',
];

/**
 * System collections every policy with app access touches through Directus's built-in
 * minimal permissions. Directus AND-s the validation rules of all permissions of a
 * collection and action, so these stricter rules narrow the built-in ones:
 * presets only for oneself (issue 7, item 5), no comments.
 *
 * A user's preset is theirs alone: `user` submitted and themselves. The app copies a role
 * bookmark as the user's own with the role still filled in, so the user's own role is
 * accepted; it changes nothing, a preset with a user applies to that user only.
 */
const forOneself = { _and: [{ user: { _eq: '$CURRENT_USER' } }, { _or: [{ role: { _null: true } }, { role: { _eq: '$CURRENT_ROLE' } }] }] };
const personalPresetsOnly = [
  ...grant('directus_presets', ['create'], { validation: { _and: [{ user: { _submitted: true } }, forOneself] } }),
  ...grant('directus_presets', ['update'], { permissions: { user: { _eq: '$CURRENT_USER' } }, validation: forOneself }),
];
const noComments = grant('directus_comments', ['create'], { validation: { comment: { _null: true } } });
const appAccessNarrowing = [...personalPresetsOnly, ...noComments];

/**
 * What a user may write on a file (issue 7, item 6): its descriptive fields. Never who
 * uploaded or changed it, or under which name it is stored. Directus itself puts the
 * storage location (one of STORAGE_LOCATIONS) and the type in every upload's payload.
 */
const FILE_FIELDS_WRITABLE = ['title', 'description', 'tags', 'folder', 'filename_download', 'type', 'storage'];
const ownFiles = { uploaded_by: { _eq: '$CURRENT_USER' } };

export const policies: PolicyDefinition[] = [
  {
    key: 'admin',
    name: 'Beheerder',
    icon: 'admin_panel_settings',
    description: 'Volledige toegang tot alle gegevens en instellingen.',
    admin_access: true,
    app_access: true,
    permissions: [],
  },
  {
    key: 'functional_admin',
    name: 'Functioneel beheerder',
    icon: 'tune',
    description: 'Sjablonen, instellingen, signaalpartners en gebruikers (behalve beheerders).',
    admin_access: false,
    app_access: true,
    permissions: [
      ...grant('templates', CRUD),
      ...grant('app_settings', ['create', 'read', 'update']),
      ...grant('signal_partners', CRUD),
      // Users, but never administrators or the service account; roles and policies only read.
      ...grant('directus_users', ['read'], { permissions: notProtected, fields: USER_FIELDS_FOR_FUNCTIONAL_ADMIN }),
      ...grant('directus_users', ['create'], {
        validation: assignsNoProtectedRole,
        fields: ['first_name', 'last_name', 'email', 'password', 'status', 'role', 'partner', 'language', 'title', 'description'],
      }),
      ...grant('directus_users', ['update'], {
        permissions: notProtected,
        validation: assignsNoProtectedRole,
        fields: ['first_name', 'last_name', 'email', 'password', 'status', 'role', 'partner', 'language', 'title', 'description', 'tfa_secret'],
      }),
      ...grant('directus_users', ['delete'], { permissions: notProtected }),
      ...grant('directus_roles', ['read'], { permissions: { id: { _nin: PROTECTED_ROLES } } }),
      ...grant('directus_policies', ['read'], { permissions: { _and: [{ admin_access: { _eq: false } }, { id: { _nin: [policyRef('admin'), policyRef('worker')] } }] } }),
      ...grant('directus_access', ['read']),
      ...grant('directus_files', ['create'], { fields: FILE_FIELDS_WRITABLE }),
      ...grant('directus_files', ['read'], { permissions: ownFiles }),
      ...appAccessNarrowing,
      ...grant('tasks', ['read']),
      // Job runs (issue 8): what the background work did; retrying goes through our endpoint.
      // "Update" of only the link field (stores nothing): the app disables link buttons on a
      // form the user may not edit at all, which would hide the retry link.
      ...grant('job_runs', ['read']),
      ...grant('job_runs', ['update'], { fields: ['retry'] }),
    ],
  },
  {
    key: 'debt_services',
    name: 'Medewerker schulddienstverlening',
    icon: 'support_agent',
    description: 'Werkvoorraad, verrijking, routering, contactpogingen en brieven.',
    admin_access: false,
    app_access: true,
    permissions: [
      ...['signals', 'households', 'documents', 'uploads', 'source_lists', 'signal_facts'].flatMap((collection) => grant(collection, CRUD)),
      // Casework (issue 9): a case's decision is the rule's; staff change its work fields.
      ...grant('cases', ['create', 'read', 'delete']),
      ...grant('cases', ['update'], { fields: CASE_FIELDS_STAFF_UPDATE }),
      // Art. 11.1: AMW's own notes (referrals.outcome_note, contact_attempts.amw_note) stay AMW's.
      ...grant('referrals', ['read', 'create', 'update'], { fields: REFERRAL_FIELDS_FOR_STAFF }),
      ...grant('referrals', ['delete']),
      ...grant('contact_attempts', ['read'], { fields: CONTACT_ATTEMPT_FIELDS_FOR_STAFF }),
      ...grant('contact_attempts', ['create'], { fields: CONTACT_ATTEMPT_FIELDS_FOR_STAFF.filter((field) => field !== 'organisation'), presets: { organisation: 'municipality' } }),
      ...grant('contact_attempts', ['update'], { fields: CONTACT_ATTEMPT_FIELDS_FOR_STAFF.filter((field) => field !== 'organisation'), permissions: notAmwAttempt }),
      ...grant('contact_attempts', ['delete'], { permissions: notAmwAttempt }),
      ...grant('signal_partners', ['read']),
      ...grant('templates', ['read']),
      ...grant('app_settings', ['read']),
      ...grant('tasks', CRUD),
      ...grant('directus_files', ['create', 'update'], { fields: FILE_FIELDS_WRITABLE }),
      ...grant('directus_files', ['read', 'delete']),
      ...grant('directus_users', ['read'], { fields: ['id', 'first_name', 'last_name', 'email', 'role', 'partner', 'avatar'] }),
      ...appAccessNarrowing,
      // Job runs (issue 8): read; a failed run is retried through our endpoint. "Update" of only
      // the link field (stores nothing) keeps the app from disabling the retry link.
      ...grant('job_runs', ['read']),
      ...grant('job_runs', ['update'], { fields: ['retry'] }),
    ],
  },
  {
    key: 'corporation',
    name: 'Woningcorporatie',
    icon: 'apartment',
    description: 'Uploadt de maandlijst van de eigen corporatie en leest de eigen terugkoppeling.',
    admin_access: false,
    app_access: true,
    permissions: [
      // The partner comes from the user (preset), never from the request: 'partner' is not writable.
      ...grant('uploads', ['create'], { fields: ['file', 'period'], presets: { partner: '$CURRENT_USER.partner' } }),
      ...grant('uploads', ['read'], { permissions: own('partner'), fields: UPLOAD_FIELDS_FOR_CORPORATION }),
      ...grant('signal_partners', ['read'], { permissions: { id: { _eq: '$CURRENT_USER.partner' } }, fields: ['id', 'code', 'name', 'partner_type'] }),
      ...grant('documents', ['read'], { permissions: { _and: [own('partner'), { kind: { _eq: 'partner_feedback' } }] }, fields: ['id', 'kind', 'file', 'period', 'partner', 'date_created'] }),
      ...grant('directus_files', ['create'], { fields: FILE_FIELDS_WRITABLE }),
      ...grant('directus_files', ['read'], { permissions: ownFiles }),
      ...appAccessNarrowing,
    ],
  },
  {
    key: 'social_work',
    name: 'AMW',
    icon: 'diversity_3',
    description: 'Leest doorverwijzingen aan de eigen organisatie (alleen de velden van art. 12.3) en legt contactpogingen en uitkomsten vast.',
    admin_access: false,
    app_access: true,
    permissions: [
      ...grant('referrals', ['read'], { permissions: socialWorkReferrals, fields: REFERRAL_FIELDS_FOR_SOCIAL_WORK }),
      ...grant('referrals', ['update'], { permissions: socialWorkReferrals, fields: REFERRAL_OUTCOME_FIELDS, validation: { status: { _in: REFERRAL_STATUSES_FOR_SOCIAL_WORK } } }),
      ...grant('contact_attempts', ['create'], { fields: CONTACT_ATTEMPT_FIELDS_FOR_SOCIAL_WORK, presets: { organisation: 'amw' }, validation: { referral: { _nnull: true } } }),
      ...grant('contact_attempts', ['read'], {
        permissions: { referral: socialWorkReferrals },
        fields: ['id', ...CONTACT_ATTEMPT_FIELDS_FOR_SOCIAL_WORK, 'organisation', 'user_created', 'date_created'],
      }),
      ...grant('signal_partners', ['read'], { permissions: { id: { _eq: '$CURRENT_USER.partner' } }, fields: ['id', 'code', 'name'] }),
      ...appAccessNarrowing,
    ],
  },
  {
    key: 'worker',
    name: 'Worker (servicerol)',
    icon: 'smart_toy',
    description: 'Alleen API: de geplande taken (intake via opdrachtregel, verrijking, maandcyclus). Kan niet inloggen in de app.',
    admin_access: false,
    app_access: false,
    permissions: [
      ...grant('uploads', ['create', 'read', 'update']),
      ...grant('signals', ['read', 'update']),
      ...grant('source_lists', ['read', 'update']),
      ...grant('signal_facts', ['create', 'read', 'delete']),
      ...['households', 'cases', 'referrals', 'documents'].flatMap((collection) => grant(collection, ['create', 'read', 'update'])),
      ...grant('signal_partners', ['read']),
      ...grant('templates', ['read']),
      ...grant('app_settings', ['read']),
      ...grant('directus_files', ['create'], { fields: FILE_FIELDS_WRITABLE }),
      ...grant('directus_files', ['read', 'delete']),
      ...grant('tasks', ['create', 'read', 'update']),
      // Job runs (issue 8).
      ...grant('job_runs', ['create', 'read', 'update']),
    ],
  },
];

export const roles: RoleDefinition[] = [
  { key: 'admin', name: 'Beheerder', icon: 'admin_panel_settings', description: 'Technisch beheer: volledige toegang.', policies: ['admin'] },
  { key: 'functional_admin', name: 'Functioneel beheerder', icon: 'tune', description: 'Sjablonen, instellingen, partners en gebruikers.', policies: ['functional_admin'] },
  { key: 'debt_services', name: 'Medewerker schulddienstverlening', icon: 'support_agent', description: 'Team schulddienstverlening van de gemeente.', policies: ['debt_services'] },
  { key: 'corporation', name: 'Woningcorporatie', icon: 'apartment', description: 'Medewerkers van een woningcorporatie (signaalpartner).', policies: ['corporation'] },
  { key: 'social_work', name: 'AMW', icon: 'diversity_3', description: 'Algemeen Maatschappelijk Werk.', policies: ['social_work'] },
  { key: 'worker', name: 'Worker (servicerol)', icon: 'smart_toy', description: 'Serviceaccount voor de geplande taken; alleen API.', policies: ['worker'] },
];

/** Project settings that make the admin Dutch and harden logins. */
export const projectSettings = {
  project_name: 'Vroegsignalering',
  project_descriptor: 'Huurachterstanden vroeg signaleren',
  default_language: 'nl-NL',
  project_color: '#00607A',
  // No suspension after failed logins: anyone could lock out a known user. Logins are
  // throttled per account and address instead (extensions/src/hooks/login-throttle.ts).
  auth_login_attempts: null,
  // At least 12 characters with a lower-case letter, an upper-case letter and a digit.
  auth_password_policy: '/^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d).{12,}$/',
  public_note: 'Vroegsignalering huurschulden. Toegang alleen voor convenantpartners.',
};
