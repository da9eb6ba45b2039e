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
  // The link to the referral page (an alias: no data); the form shows only fields AMW may read.
  'attempt_page',
];

/** Those of `fields` the collection has (the registers differ in which links they carry). */
const linksOf = (collection: string, fields: readonly string[]) => fields.filter((field) => collections.find((item) => item.collection === collection)?.fields.some((own) => own.field === field));

/** What AMW actually gets back when it reads a referral: the fields above that hold data. */
export const REFERRAL_DATA_FOR_SOCIAL_WORK = REFERRAL_FIELDS_FOR_SOCIAL_WORK.filter((field) => field !== 'attempt_page');

/**
 * What AMW records about its own work on a referral. The o2m `contact_attempts` lets AMW add
 * an attempt from the referral form; each one still goes through AMW's own create permission.
 * `attempt_page` is a links field (stores nothing): the app disables link buttons on fields
 * the user may not update, which would grey out "Contactpoging vastleggen".
 */
export const REFERRAL_OUTCOME_FIELDS = ['status', 'outcome', 'outcome_note', 'date_outcome', 'contact_attempts', 'attempt_page'];

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
 * `contact_attempts` lets staff add an attempt from the case form. `case_page` is the link
 * to the case page (an alias, stores nothing): the app disables link buttons on fields the
 * user may not update.
 */
export const CASE_FIELDS_STAFF_UPDATE = [
  'status', 'assigned_to', 'result', 'date_first_talk', 'talk_at', 'talk_place', 'regisseur_sdv', 'regisseur_participatie',
  'rent_withholding_consent', 'consent_date', 'attention', 'route', 'override_reason', 'contact_attempts', 'case_page',
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

/**
 * What a corporation sees of its own uploads: the processing result, never other partners' data.
 * Not `user_created`: the app shows it by reading that user, and a corporation may read only
 * its own account, so an upload made by a colleague, by `npm run import` (the service
 * account) or by the demo seed opened with a FORBIDDEN dialog (issue 10, point 5).
 */
export const UPLOAD_FIELDS_FOR_CORPORATION = [
  'id', 'partner', 'period', 'file', 'file_name', 'status', 'summary', 'rows_read', 'accepted', 'rejected',
  'duplicates', 'dropped_columns', 'error_report', 'error_report_download', 'replaces', 'processed_at', 'date_created',
];

/** What hangs off a shielded case or signal (referrals, attempts, facts, letters, tasks) is shielded with it. */
const notShieldedVia = (relation: string) => ({ _or: [{ [relation]: { shielded_role: { _null: true } } }, { [relation]: { shielded_role: { _eq: '$CURRENT_ROLE' } } }] });
/** AMW sees a referral once it is released (date_sent: after the advance-notice letter), unless its file is shielded (issue 12). */
const socialWorkReferrals = { _and: [{ target: { _eq: 'amw' } }, own('partner'), { date_sent: { _nnull: true } }, notShieldedVia('case')] };
/**
 * ...and no longer once withdrawn (a route change, or the tenant's objection, issue 12): its
 * data leave AMW's view at once, and AMW cannot change it either (the casework hook leaves a
 * referral the user cannot read to this permission).
 */
const socialWorkReferralsVisible = { _and: [...socialWorkReferrals._and, { status: { _neq: 'withdrawn' } }] };
/**
 * Shielding (issue 12, art. 9): a shielded household, signal or case is seen only by the
 * role named on it. Applies to staff; the admin and the worker's steps still see everything.
 */
const notShieldedFromMe = { _or: [{ shielded_role: { _null: true } }, { shielded_role: { _eq: '$CURRENT_ROLE' } }] };
/**
 * The privacy registers (issue 12) staff keep: objections, requests of the tenant and
 * disclosures in full; breaches without removing one (the register is the accountability).
 */
const PRIVACY_REGISTERS = ['objections', 'privacy_requests', 'disclosures'];
/** What the functional admin (often the privacy contact) reads: the registers and the logs. */
const PRIVACY_READABLE_BY_FUNCTIONAL_ADMIN = [...PRIVACY_REGISTERS, 'data_breaches', 'access_log', 'deletion_log'];

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
/**
 * Staff work with the municipality's files (letters, documents, benefits lists, their own
 * uploads), not with the lists a partner's user is still uploading (issue 10, point 4):
 * those hold a whole corporation's tenants and are deleted once processed. A file of a user
 * with a partner organisation (corporation, AMW) stays out of staff's file library.
 */
const municipalFiles = { _or: [ownFiles, { uploaded_by: { _null: true } }, { uploaded_by: { partner: { _null: true } } }] };
/**
 * issue 11: an export file (feedback, AMW overview) carries the partner it is for
 * (`directus_files.partner`); that partner's users download it at /assets/<id>.
 */
const ownOrForOwnPartner = { _or: [ownFiles, { partner: { _eq: '$CURRENT_USER.partner' } }] };
/** What a partner's user reads of a document addressed to the partner: counts, never personal data. */
const DOCUMENT_FIELDS_FOR_PARTNER = ['id', 'kind', 'status', 'file', 'period', 'partner', 'rows', 'summary', 'date_created'];
/** A re-issue request: staff create a letter to be made again; the letters step makes it. */
const REISSUE_REQUEST_FIELDS = ['kind', 'status', 'case', 'household', 'period', 'reissue_of', 'reissue_reason'];
/** What the worker writes on a file it stores: the descriptive fields and the partner it is for. */
const FILE_FIELDS_WORKER = [...FILE_FIELDS_WRITABLE, 'partner'];

/** issue 13: what a corporation enters of its evictions (never the partner: that is the user's own). */
const EVICTION_FIELDS_FOR_CORPORATION = ['period', 'total', 'with_minor_children', 'remark'];
/**
 * issue 13: the dashboard (Insights) for staff and the functional admin: the figures the
 * reporting step computes (aggregates only), the corporations' evictions, and the dashboards
 * and panels themselves, which are provisioned as code and changed by no one in the app.
 */
const REPORTING_FOR_MUNICIPALITY = [
  ...grant('report_figures', ['read']),
  ...grant('evictions', ['read']),
  ...grant('directus_dashboards', ['read']),
  ...grant('directus_panels', ['read']),
];

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
      // issue 11: the app's revisions sidebar of a template, and rolling back to an earlier version
      // (POST /utils/revert/<revision> needs the revision and an update of the template).
      ...grant('directus_revisions', ['read'], { permissions: { collection: { _eq: 'templates' } } }),
      ...grant('directus_activity', ['read'], { permissions: { collection: { _eq: 'templates' } } }),
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
      // Tasks, without the case (the functional admin reads no cases) and without who did it
      // (often the service account, which this role may not read): the form would be refused.
      ...grant('tasks', ['read'], { fields: ['id', 'kind', 'status', 'partner', 'period', 'due_date', 'description', 'task_key', 'date_created', 'done_at'] }),
      // Job runs (issue 8): what the background work did; retrying goes through our endpoint.
      // "Update" of only the link field (stores nothing): the app disables link buttons on a
      // form the user may not edit at all, which would hide the retry link.
      ...grant('job_runs', ['read']),
      ...grant('job_runs', ['update'], { fields: ['retry'] }),
      // issue 12: the privacy registers and logs, read only; the retention terms are app_settings (above).
      // Without the links to households, users and documents, which this role may not read: the
      // app would ask for them on the item page and answer "Verboden" (found by the role crawl).
      ...PRIVACY_READABLE_BY_FUNCTIONAL_ADMIN.flatMap((collection) => grant(collection, ['read'], { fields: fieldsExcept(collection, linksOf(collection, ['household', 'handler', 'shield_role', 'report', 'user_created', 'make_report'])) })),
      ...REPORTING_FOR_MUNICIPALITY,
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
      ...['uploads', 'source_lists'].flatMap((collection) => grant(collection, CRUD)),
      ...grant('signal_facts', ['create']),
      ...grant('signal_facts', ['read', 'update', 'delete'], { permissions: notShieldedVia('signal') }),
      // issue 12: a shielded file is seen only by the role named on it.
      // Who may see it is set by handling a shielding request, never by editing the file itself.
      ...['signals', 'households'].flatMap((collection) => [
        ...grant(collection, ['create'], { fields: fieldsExcept(collection, ['shielded_role']) }),
        ...grant(collection, ['read', 'delete'], { permissions: notShieldedFromMe }),
        ...grant(collection, ['update'], { permissions: notShieldedFromMe, fields: fieldsExcept(collection, ['shielded_role']) }),
      ]),
      // issue 11: documents are made by the cycle; staff read them all and ask for a letter again
      // (a `letter` in status `requested` with a reason; the reissue hook checks the reason).
      ...grant('documents', ['read'], { permissions: notShieldedVia('case') }),
      // A request made by mistake can go; a made letter or export stays (it is what was sent).
      ...grant('documents', ['delete'], { permissions: { status: { _eq: 'requested' } } }),
      ...grant('documents', ['create'], { fields: REISSUE_REQUEST_FIELDS, presets: { kind: 'letter', status: 'requested' }, validation: { _and: [{ kind: { _eq: 'letter' } }, { status: { _eq: 'requested' } }] } }),
      ...grant('documents', ['update'], { fields: ['reissue_reason'], permissions: { status: { _eq: 'requested' } } }),
      // Casework (issue 9): a case's decision is the rule's; staff change its work fields.
      ...grant('cases', ['create']),
      ...grant('cases', ['read', 'delete'], { permissions: notShieldedFromMe }),
      ...grant('cases', ['update'], { fields: CASE_FIELDS_STAFF_UPDATE, permissions: notShieldedFromMe }),
      // Art. 11.1: AMW's own notes (referrals.outcome_note, contact_attempts.amw_note) stay AMW's.
      ...grant('referrals', ['create'], { fields: REFERRAL_FIELDS_FOR_STAFF }),
      ...grant('referrals', ['read', 'update'], { fields: REFERRAL_FIELDS_FOR_STAFF, permissions: notShieldedVia('case') }),
      ...grant('referrals', ['delete'], { permissions: notShieldedVia('case') }),
      ...grant('contact_attempts', ['read'], { fields: CONTACT_ATTEMPT_FIELDS_FOR_STAFF, permissions: notShieldedVia('case') }),
      ...grant('contact_attempts', ['create'], { fields: CONTACT_ATTEMPT_FIELDS_FOR_STAFF.filter((field) => field !== 'organisation'), presets: { organisation: 'municipality' } }),
      ...grant('contact_attempts', ['update'], { fields: CONTACT_ATTEMPT_FIELDS_FOR_STAFF.filter((field) => field !== 'organisation'), permissions: notAmwAttempt }),
      ...grant('contact_attempts', ['delete'], { permissions: notAmwAttempt }),
      ...grant('signal_partners', ['read']),
      ...grant('templates', ['read']),
      ...grant('app_settings', ['read']),
      ...grant('tasks', ['create']),
      ...grant('tasks', ['read', 'update', 'delete'], { permissions: notShieldedVia('case') }),
      // issue 12: the privacy registers; the access log only read (nobody changes it, hooks/access-log).
      // Inzage and deletion reports are documents, which staff already read.
      ...PRIVACY_REGISTERS.flatMap((collection) => grant(collection, CRUD)),
      ...grant('data_breaches', ['create', 'read', 'update']),
      ...grant('access_log', ['read']),
      ...grant('directus_files', ['create'], { fields: FILE_FIELDS_WRITABLE }),
      ...grant('directus_files', ['update'], { fields: FILE_FIELDS_WRITABLE, permissions: municipalFiles }),
      ...grant('directus_files', ['read', 'delete'], { permissions: municipalFiles }),
      ...grant('directus_users', ['read'], { fields: ['id', 'first_name', 'last_name', 'email', 'role', 'partner', 'avatar'] }),
      ...appAccessNarrowing,
      // Job runs (issue 8): read; a failed run is retried through our endpoint. "Update" of only
      // the link field (stores nothing) keeps the app from disabling the retry link.
      ...grant('job_runs', ['read']),
      ...grant('job_runs', ['update'], { fields: ['retry'] }),
      ...REPORTING_FOR_MUNICIPALITY,
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
      ...grant('documents', ['read'], { permissions: { _and: [own('partner'), { kind: { _eq: 'partner_feedback' } }] }, fields: DOCUMENT_FIELDS_FOR_PARTNER }),
      ...grant('directus_files', ['create'], { fields: FILE_FIELDS_WRITABLE }),
      ...grant('directus_files', ['read'], { permissions: ownOrForOwnPartner }),
      // issue 13 (art. 2.1): its own evictions per period, as numbers; the partner comes from the user.
      ...grant('evictions', ['create'], { fields: EVICTION_FIELDS_FOR_CORPORATION, presets: { partner: '$CURRENT_USER.partner' } }),
      ...grant('evictions', ['read'], { permissions: own('partner'), fields: ['id', 'partner', ...EVICTION_FIELDS_FOR_CORPORATION, 'date_created'] }),
      ...grant('evictions', ['update'], { permissions: own('partner'), fields: EVICTION_FIELDS_FOR_CORPORATION }),
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
      ...grant('referrals', ['read'], { permissions: socialWorkReferralsVisible, fields: REFERRAL_FIELDS_FOR_SOCIAL_WORK }),
      ...grant('referrals', ['update'], { permissions: socialWorkReferralsVisible, fields: REFERRAL_OUTCOME_FIELDS, validation: { status: { _in: REFERRAL_STATUSES_FOR_SOCIAL_WORK } } }),
      ...grant('contact_attempts', ['create'], { fields: CONTACT_ATTEMPT_FIELDS_FOR_SOCIAL_WORK, presets: { organisation: 'amw' }, validation: { referral: { _nnull: true } } }),
      ...grant('contact_attempts', ['read'], {
        permissions: { referral: socialWorkReferrals },
        // Not who recorded it: AMW may not read the municipality's user accounts, and the form would be refused.
        fields: ['id', ...CONTACT_ATTEMPT_FIELDS_FOR_SOCIAL_WORK, 'organisation', 'date_created'],
      }),
      ...grant('signal_partners', ['read'], { permissions: { id: { _eq: '$CURRENT_USER.partner' } }, fields: ['id', 'code', 'name'] }),
      // issue 11: the monthly overview (art. 12.3) addressed to the own organisation, and its file.
      ...grant('documents', ['read'], { permissions: { _and: [own('partner'), { kind: { _eq: 'amw_overview' } }] }, fields: DOCUMENT_FIELDS_FOR_PARTNER }),
      ...grant('directus_files', ['read'], { permissions: { partner: { _eq: '$CURRENT_USER.partner' } } }),
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
      ...grant('directus_files', ['create'], { fields: FILE_FIELDS_WORKER }),
      ...grant('directus_files', ['read', 'delete']),
      // issue 11: tell a partner's users that their export is ready (the app's bell; Directus
      // e-mails them when mail is configured). The worker still reads no users: the cycle finds
      // the recipients in the database.
      ...grant('directus_notifications', ['create'], { fields: ['recipient', 'subject', 'message', 'collection', 'item'] }),
      ...grant('tasks', ['create', 'read', 'update']),
      // Job runs (issue 8).
      ...grant('job_runs', ['create', 'read', 'update']),
      // issue 12: routing reads objections and links them to a household; the privacy steps
      // work on requests and breaches and write the logs. Removing rows (retention, erasure)
      // goes through the database, never through these grants.
      ...grant('objections', ['read', 'update']),
      ...['privacy_requests', 'data_breaches'].flatMap((collection) => grant(collection, ['read', 'update'])),
      ...grant('disclosures', ['read']),
      // The access log is written by the Directus hook (knex) and removed by retention (knex):
      // no one, the worker included, writes it through the API.
      ...grant('access_log', ['read']),
      ...grant('deletion_log', ['create', 'read']),
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
  // Directus writes "--" for every empty value in lists, forms and titles (a fixed
  // placeholder, not a display option); an empty cell says the same without a symbol users
  // cannot read. Not rendered at all, so that an empty part of a title ("M.A. Demo", no
  // tussenvoegsel) leaves no gap between the words around it.
  // In a title (render-template) an empty part also takes its separator with it: the one
  // before it, or the one after it when it comes first ("Termijn verlopen · december 2026" for
  // a task without a partner, not "Termijn verlopen ·  · december 2026"). A title's own text
  // parts are the spans without a class; its first child is Directus's span.vertical-aligner.
  custom_css: [
    'span.null { display: none; }',
    '.render-template > span:not([class]):has(+ span.null) { display: none; }',
    '.render-template > .vertical-aligner + span.null + span:not([class]) { display: none; }',
  ].join('\n'),
  // The product's own module (start page and custom screens) comes first; Directus hides
  // every other module from a role that may not use it. The file library is no one's
  // work: uploads, error reports and letters are reached from their own items, and an
  // upload's original never stays in storage (an admin still reaches /admin/files).
  module_bar: [
    { type: 'module', id: 'vroegsignalering', enabled: true },
    { type: 'module', id: 'content', enabled: true },
    { type: 'module', id: 'users', enabled: true },
    { type: 'module', id: 'files', enabled: false },
    { type: 'module', id: 'insights', enabled: true },
    { type: 'module', id: 'visual', enabled: false },
    { type: 'module', id: 'deployments', enabled: false },
    { type: 'module', id: 'settings', enabled: true, locked: true },
  ],
};
