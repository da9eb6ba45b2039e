/**
 * The access model as data: roles, policies and their permissions. `npm start` provisions
 * it idempotently (directus/access/provision-access.ts); the permission-matrix test proves
 * it over the real REST API. Fixed ids make re-provisioning an update, never a duplicate.
 *
 * Covenant anchors: art. 7.1 (only partners involved see a case), art. 12.2 (what a
 * corporation sends), art. 12.3 (what AMW receives).
 */

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

export interface PolicyDefinition {
  id: string;
  name: string;
  icon: string;
  description: string;
  admin_access: boolean;
  app_access: boolean;
  permissions: PermissionDefinition[];
}

export interface RoleDefinition {
  id: string;
  name: string;
  icon: string;
  description: string;
  policies: string[];
}

export const ROLE_IDS = {
  admin: '6b1f0a3e-0000-4000-8000-000000000001',
  functionalAdmin: '6b1f0a3e-0000-4000-8000-000000000002',
  debtServices: '6b1f0a3e-0000-4000-8000-000000000003',
  corporation: '6b1f0a3e-0000-4000-8000-000000000004',
  socialWork: '6b1f0a3e-0000-4000-8000-000000000005',
  worker: '6b1f0a3e-0000-4000-8000-000000000006',
} as const;

export const POLICY_IDS = {
  admin: '7c2e1b4f-0000-4000-8000-000000000001',
  functionalAdmin: '7c2e1b4f-0000-4000-8000-000000000002',
  debtServices: '7c2e1b4f-0000-4000-8000-000000000003',
  corporation: '7c2e1b4f-0000-4000-8000-000000000004',
  socialWork: '7c2e1b4f-0000-4000-8000-000000000005',
  worker: '7c2e1b4f-0000-4000-8000-000000000006',
} as const;

export const WORKER_USER_ID = '8d3f2c50-0000-4000-8000-000000000001';
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
  'outcome', 'outcome_note', 'date_outcome', 'contact_attempts',
];

/** What AMW records about its own work on a referral. */
export const REFERRAL_OUTCOME_FIELDS = ['status', 'outcome', 'outcome_note', 'date_outcome'];

export const CONTACT_ATTEMPT_FIELDS_FOR_SOCIAL_WORK = ['referral', 'kind', 'reached', 'date', 'part_of_day', 'note'];

/** What a corporation sees of its own uploads: the processing result, never other partners' data. */
export const UPLOAD_FIELDS_FOR_CORPORATION = [
  'id', 'partner', 'period', 'file', 'file_name', 'status', 'summary', 'rows_read', 'accepted', 'rejected',
  'duplicates', 'dropped_columns', 'error_report', 'error_report_download', 'replaces', 'processed_at', 'user_created', 'date_created',
];

const socialWorkReferrals = { _and: [{ target: { _eq: 'amw' } }, own('partner')] };
const notAnAdmin = { _or: [{ role: { _null: true } }, { role: { _neq: ROLE_IDS.admin } }] };

export const policies: PolicyDefinition[] = [
  {
    id: POLICY_IDS.admin,
    name: 'Beheerder',
    icon: 'admin_panel_settings',
    description: 'Volledige toegang tot alle gegevens en instellingen.',
    admin_access: true,
    app_access: true,
    permissions: [],
  },
  {
    id: POLICY_IDS.functionalAdmin,
    name: 'Functioneel beheerder',
    icon: 'tune',
    description: 'Sjablonen, instellingen, signaalpartners en gebruikers (behalve beheerders).',
    admin_access: false,
    app_access: true,
    permissions: [
      ...grant('templates', CRUD),
      ...grant('app_settings', ['create', 'read', 'update']),
      ...grant('signal_partners', CRUD),
      ...grant('directus_users', ['read'], { permissions: notAnAdmin }),
      ...grant('directus_users', ['create', 'update'], {
        permissions: notAnAdmin,
        validation: notAnAdmin,
        fields: ['first_name', 'last_name', 'email', 'password', 'status', 'role', 'partner', 'language', 'title', 'description', 'tfa_secret'],
      }),
      ...grant('directus_users', ['delete'], { permissions: notAnAdmin }),
      ...grant('directus_roles', ['read'], { permissions: { id: { _neq: ROLE_IDS.admin } } }),
      ...grant('directus_policies', ['read']),
      ...grant('directus_files', ['create', 'read']),
      // Job runs (issue 8): what the background work did; retrying goes through our endpoint.
      // "Update" of only the link field (stores nothing): the app disables link buttons on a
      // form the user may not edit at all, which would hide the retry link.
      ...grant('job_runs', ['read']),
      ...grant('job_runs', ['update'], { fields: ['retry'] }),
    ],
  },
  {
    id: POLICY_IDS.debtServices,
    name: 'Medewerker schulddienstverlening',
    icon: 'support_agent',
    description: 'Werkvoorraad, verrijking, routering, contactpogingen en brieven.',
    admin_access: false,
    app_access: true,
    permissions: [
      ...['signals', 'households', 'cases', 'referrals', 'contact_attempts', 'documents', 'uploads', 'source_lists', 'signal_facts'].flatMap((collection) => grant(collection, CRUD)),
      ...grant('signal_partners', ['read']),
      ...grant('templates', ['read']),
      ...grant('app_settings', ['read']),
      ...grant('directus_files', CRUD),
      ...grant('directus_users', ['read'], { fields: ['id', 'first_name', 'last_name', 'email', 'role', 'partner', 'avatar'] }),
      // Job runs (issue 8): read; a failed run is retried through our endpoint. "Update" of only
      // the link field (stores nothing) keeps the app from disabling the retry link.
      ...grant('job_runs', ['read']),
      ...grant('job_runs', ['update'], { fields: ['retry'] }),
    ],
  },
  {
    id: POLICY_IDS.corporation,
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
      ...grant('directus_files', ['create']),
      ...grant('directus_files', ['read'], { permissions: { uploaded_by: { _eq: '$CURRENT_USER' } } }),
    ],
  },
  {
    id: POLICY_IDS.socialWork,
    name: 'AMW',
    icon: 'diversity_3',
    description: 'Leest doorverwijzingen aan de eigen organisatie (alleen de velden van art. 12.3) en legt contactpogingen en uitkomsten vast.',
    admin_access: false,
    app_access: true,
    permissions: [
      ...grant('referrals', ['read'], { permissions: socialWorkReferrals, fields: REFERRAL_FIELDS_FOR_SOCIAL_WORK }),
      ...grant('referrals', ['update'], { permissions: socialWorkReferrals, fields: REFERRAL_OUTCOME_FIELDS }),
      ...grant('contact_attempts', ['create'], { fields: CONTACT_ATTEMPT_FIELDS_FOR_SOCIAL_WORK, presets: { organisation: 'amw' }, validation: { referral: { _nnull: true } } }),
      ...grant('contact_attempts', ['read'], {
        permissions: { referral: { _and: [{ target: { _eq: 'amw' } }, own('partner')] } },
        fields: ['id', ...CONTACT_ATTEMPT_FIELDS_FOR_SOCIAL_WORK, 'organisation', 'user_created', 'date_created'],
      }),
      ...grant('signal_partners', ['read'], { permissions: { id: { _eq: '$CURRENT_USER.partner' } }, fields: ['id', 'code', 'name'] }),
    ],
  },
  {
    id: POLICY_IDS.worker,
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
      ...grant('directus_files', ['create', 'read', 'delete']),
      // Job runs (issue 8).
      ...grant('job_runs', ['create', 'read', 'update']),
    ],
  },
];

export const roles: RoleDefinition[] = [
  { id: ROLE_IDS.admin, name: 'Beheerder', icon: 'admin_panel_settings', description: 'Technisch beheer: volledige toegang.', policies: [POLICY_IDS.admin] },
  { id: ROLE_IDS.functionalAdmin, name: 'Functioneel beheerder', icon: 'tune', description: 'Sjablonen, instellingen, partners en gebruikers.', policies: [POLICY_IDS.functionalAdmin] },
  { id: ROLE_IDS.debtServices, name: 'Medewerker schulddienstverlening', icon: 'support_agent', description: 'Team schulddienstverlening van de gemeente.', policies: [POLICY_IDS.debtServices] },
  { id: ROLE_IDS.corporation, name: 'Woningcorporatie', icon: 'apartment', description: 'Medewerkers van een woningcorporatie (signaalpartner).', policies: [POLICY_IDS.corporation] },
  { id: ROLE_IDS.socialWork, name: 'AMW', icon: 'diversity_3', description: 'Algemeen Maatschappelijk Werk.', policies: [POLICY_IDS.socialWork] },
  { id: ROLE_IDS.worker, name: 'Worker (servicerol)', icon: 'smart_toy', description: 'Serviceaccount voor de geplande taken; alleen API.', policies: [POLICY_IDS.worker] },
];

/** Project settings that make the admin Dutch and harden logins. */
export const projectSettings = {
  project_name: 'Vroegsignalering',
  project_descriptor: 'Huurachterstanden vroeg signaleren',
  default_language: 'nl-NL',
  project_color: '#00607A',
  auth_login_attempts: 10,
  // At least 12 characters with a lower-case letter, an upper-case letter and a digit.
  auth_password_policy: '/^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d).{12,}$/',
  public_note: 'Vroegsignalering huurschulden. Toegang alleen voor convenantpartners.',
};
