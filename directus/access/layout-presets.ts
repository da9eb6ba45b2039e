/**
 * Default table columns per collection, so each user opens a worklist that shows what
 * they need (surname, address, priority) instead of Directus's first few fields.
 * Global presets (no user, no role); users may still change their own view.
 */
export interface LayoutPreset {
  collection: string;
  fields: string[];
  sort: string[];
}

export const layoutPresets: LayoutPreset[] = [
  { collection: 'uploads', fields: ['period', 'partner.name', 'file_name', 'status', 'accepted', 'rejected', 'duplicates', 'date_created'], sort: ['-date_created'] },
  { collection: 'signals', fields: ['period', 'partner.name', 'initials', 'name_prefix', 'surname', 'postcode', 'house_number', 'months_in_arrears', 'arrears_amount', 'is_repeat', 'status'], sort: ['-period', 'surname'] },
  // Read by staff and AMW alike: only fields AMW may read (art. 12.3).
  { collection: 'referrals', fields: ['priority', 'status', 'initials', 'name_prefix', 'surname', 'street', 'house_number', 'postcode', 'city', 'phone', 'living_situation', 'date_sent'], sort: ['priority', 'surname'] },
  { collection: 'cases', fields: ['priority', 'status', 'period', 'household.address_key', 'route', 'assigned_to', 'attention', 'date_matched', 'result', 'date_closed'], sort: ['priority'] },
  // Read by staff and AMW: neither note here (staff do not read amw_note, AMW does not read note).
  { collection: 'contact_attempts', fields: ['date', 'part_of_day', 'kind', 'reached', 'organisation', 'referral'], sort: ['-date'] },
  { collection: 'households', fields: ['address_key', 'has_minor_children', 'household_size', 'living_situation'], sort: ['address_key'] },
  { collection: 'documents', fields: ['kind', 'period', 'partner.name', 'file', 'date_created'], sort: ['-date_created'] },
  // Also read by the functional admin, who cannot read cases: no case columns here.
  { collection: 'tasks', fields: ['status', 'due_date', 'kind', 'partner.name', 'period', 'description'], sort: ['due_date'] },
  { collection: 'job_runs', fields: ['date_created', 'kind', 'status', 'period', 'attempts', 'message', 'finished_at'], sort: ['-date_created'] },
];

/** Named worklists (bookmarks) for a role. */
export interface WorklistPreset extends LayoutPreset {
  bookmark: string;
  role: string;
  filter: Record<string, unknown>;
  icon?: string;
}

const CASE_COLUMNS = ['priority', 'status', 'household.address_key', 'route', 'assigned_to', 'attention', 'date_matched', 'date_first_contact'];
const TASK_COLUMNS = ['due_date', 'kind', 'case.priority', 'case.route', 'period', 'description'];
const openCases = { status: { _neq: 'closed' } };
const openTasksOf = (kind: string) => ({ _and: [{ kind: { _eq: kind } }, { status: { _eq: 'open' } }] });

/**
 * Worklists per role (issue 9, item 5), provisioned as role bookmarks. Bookmark names are
 * their identity on re-provisioning: renaming one leaves the old bookmark behind.
 */
export const worklistPresets = (roles: { debt_services: string; social_work: string }): WorklistPreset[] => [
  // New signals to review: the BRP match is not settled (the name is kept: users and tests know it).
  {
    bookmark: 'Te controleren: BRP-koppeling',
    role: roles.debt_services,
    collection: 'signals',
    fields: ['period', 'initials', 'name_prefix', 'surname', 'birth_date', 'postcode', 'house_number', 'match_status', 'match_confidence'],
    sort: ['match_status', 'surname'],
    filter: { _and: [{ match_status: { _in: ['ambiguous', 'not_found', 'waiting', 'failed'] } }] },
  },
  {
    bookmark: 'Mijn zaken op prioriteit',
    role: roles.debt_services,
    collection: 'cases',
    fields: CASE_COLUMNS,
    sort: ['priority'],
    filter: { _and: [{ assigned_to: { _eq: '$CURRENT_USER' } }, openCases] },
    icon: 'assignment_ind',
  },
  {
    bookmark: 'Open zaken op prioriteit',
    role: roles.debt_services,
    collection: 'cases',
    fields: CASE_COLUMNS,
    sort: ['priority'],
    filter: { _and: [openCases] },
    icon: 'folder_shared',
  },
  {
    bookmark: 'Wacht op AMW',
    role: roles.debt_services,
    collection: 'cases',
    fields: CASE_COLUMNS,
    sort: ['priority'],
    filter: { _and: [{ route: { _eq: 'amw' } }, openCases] },
    icon: 'hourglass_top',
  },
  {
    bookmark: 'Termijn verlopen',
    role: roles.debt_services,
    collection: 'tasks',
    fields: TASK_COLUMNS,
    sort: ['due_date'],
    filter: openTasksOf('overdue'),
    icon: 'alarm',
  },
  {
    bookmark: 'Huur inhouden',
    role: roles.debt_services,
    collection: 'tasks',
    fields: TASK_COLUMNS,
    sort: ['due_date'],
    filter: openTasksOf('rent_withholding'),
    icon: 'payments',
  },
  {
    bookmark: 'Terugverwezen door AMW',
    role: roles.debt_services,
    collection: 'tasks',
    fields: TASK_COLUMNS,
    sort: ['due_date'],
    filter: openTasksOf('referred_back'),
    icon: 'undo',
  },
  {
    bookmark: 'Open taken',
    role: roles.debt_services,
    collection: 'tasks',
    fields: ['due_date', 'kind', 'partner.name', 'period', 'description'],
    sort: ['due_date'],
    filter: { _and: [{ status: { _eq: 'open' } }] },
    icon: 'task_alt',
  },
  // Job runs (issue 8): failed background work, newest first; each run has a retry link.
  {
    bookmark: 'Mislukte taken',
    role: roles.debt_services,
    collection: 'job_runs',
    fields: ['finished_at', 'kind', 'period', 'upload', 'attempts', 'message'],
    sort: ['-finished_at'],
    filter: { _and: [{ status: { _eq: 'failed' } }] },
    icon: 'error',
  },
  // AMW: its released referrals still to work, by priority (art. 4.1: families with children first).
  {
    bookmark: 'Doorverwijzingen op prioriteit',
    role: roles.social_work,
    collection: 'referrals',
    fields: ['priority', 'status', 'initials', 'name_prefix', 'surname', 'street', 'house_number', 'postcode', 'city', 'phone', 'living_situation', 'debt_areas'],
    sort: ['priority'],
    filter: { _and: [{ status: { _in: ['new', 'in_progress'] } }] },
    icon: 'forward_to_inbox',
  },
];

export function worklistPayload(preset: WorklistPreset) {
  return { ...presetPayload(preset), bookmark: preset.bookmark, role: preset.role, filter: preset.filter, icon: preset.icon ?? 'person_search' };
}

export function presetPayload(preset: LayoutPreset) {
  return {
    collection: preset.collection,
    user: null,
    role: null,
    bookmark: null,
    layout: 'tabular',
    layout_query: { tabular: { fields: preset.fields, sort: preset.sort, page: 1 } },
    layout_options: { tabular: { spacing: 'cozy' } },
  };
}
