/**
 * Default table columns per collection, so each user opens a worklist that shows what
 * they need (surname, address, priority) instead of Directus's first few fields.
 * Global presets (no user, no role); users may still change their own view.
 */
export interface LayoutPreset {
  collection: string;
  fields: string[];
  sort: string[];
  /** Column widths in pixels; Directus's default (160 px each) pushes columns off screen. */
  widths?: Record<string, number>;
}

/**
 * The signals list (issue 10, point 9): who sent it, which month, who and where, how much,
 * and the BRP match, in that order; then the DDAS status and the case priority. At 1400 px
 * with Directus's right sidebar collapsed, everything up to the BRP match fits. Directus
 * hides a header narrower than 90 px: initials and prefix stand headerless beside the
 * surname, where they read as one name. Read only by staff (and the admin).
 * The address is the household's readable one ("Markt 60, 9731 HM Weert"): one column, not three.
 */
const SIGNAL_COLUMNS = ['partner', 'period', 'initials', 'name_prefix', 'surname', 'household', 'months_in_arrears', 'arrears_amount', 'match_status', 'status', 'case.priority'];
const SIGNAL_WIDTHS = {
  partner: 110, period: 100, initials: 60, name_prefix: 70, surname: 110, household: 180,
  months_in_arrears: 110, arrears_amount: 120, match_status: 150, status: 150, 'case.priority': 100,
};

/** Read by staff and AMW alike: only fields AMW may read (art. 12.3). */
const REFERRAL_COLUMNS = ['priority', 'status', 'initials', 'name_prefix', 'surname', 'street', 'house_number', 'postcode', 'city', 'phone', 'living_situation', 'date_sent'];
const REFERRAL_WIDTHS = { priority: 90, status: 150, initials: 60, name_prefix: 70, surname: 130, street: 130, house_number: 90, postcode: 90, city: 100, phone: 120, living_situation: 160, debt_areas: 200 };
const CASE_WIDTHS = { priority: 110, status: 110, household: 240, route: 160, assigned_to: 150, attention: 90, date_matched: 150, date_first_contact: 150 };

export const layoutPresets: LayoutPreset[] = [
  { collection: 'uploads', fields: ['period', 'partner', 'file_name', 'status', 'accepted', 'rejected', 'duplicates', 'date_created'], sort: ['-date_created'], widths: { period: 90, partner: 160, file_name: 200, status: 150, accepted: 110, rejected: 100, duplicates: 90, date_created: 160 } },
  { collection: 'signals', fields: SIGNAL_COLUMNS, sort: ['-period', 'surname'], widths: SIGNAL_WIDTHS },
  { collection: 'referrals', fields: REFERRAL_COLUMNS, sort: ['priority', 'surname'], widths: { ...REFERRAL_WIDTHS, date_sent: 150 } },
  { collection: 'cases', fields: ['priority', 'status', 'period', 'household', 'route', 'assigned_to', 'attention', 'date_matched', 'result', 'date_closed'], sort: ['priority'], widths: { ...CASE_WIDTHS, period: 100, result: 160, date_closed: 150 } },
  // Read by staff and AMW: neither note here (staff do not read amw_note, AMW does not read note).
  // With whom first: the referral shows the household's name and address (issue 10, point 8b).
  { collection: 'contact_attempts', fields: ['referral', 'date', 'part_of_day', 'kind', 'reached', 'organisation'], sort: ['-date'], widths: { referral: 380, date: 150, part_of_day: 110, kind: 200, reached: 90, organisation: 120 } },
  { collection: 'households', fields: ['address', 'has_minor_children', 'household_size', 'living_situation'], sort: ['address'], widths: { address: 300, has_minor_children: 170, household_size: 150, living_situation: 180 } },
  { collection: 'documents', fields: ['kind', 'period', 'partner', 'file', 'date_created'], sort: ['-date_created'] },
  // issue 13: a corporation's evictions per period, newest first; staff see every corporation's.
  { collection: 'evictions', fields: ['period', 'partner', 'total', 'with_minor_children', 'remark'], sort: ['-period'], widths: { period: 130, partner: 200, total: 190, with_minor_children: 330, remark: 300 } },
  // Also read by the functional admin, who cannot read cases: no case columns here.
  { collection: 'tasks', fields: ['status', 'due_date', 'kind', 'partner', 'period', 'description'], sort: ['due_date'], widths: { status: 100, due_date: 150, kind: 220, partner: 160, period: 90, description: 360 } },
  // issue 12: the privacy registers; who, what and when at a glance.
  { collection: 'objections', fields: ['date_received', 'scope', 'surname', 'postcode', 'house_number', 'date_end', 'household'], sort: ['-date_received'], widths: { date_received: 150, scope: 240, surname: 140, postcode: 90, house_number: 90, date_end: 150, household: 240 } },
  { collection: 'privacy_requests', fields: ['deadline', 'status', 'kind', 'surname', 'date_received', 'handler'], sort: ['deadline'], widths: { deadline: 150, status: 130, kind: 170, surname: 140, date_received: 150, handler: 160 } },
  { collection: 'access_log', fields: ['timestamp', 'user', 'role', 'action', 'route', 'collection', 'item'], sort: ['-timestamp'], widths: { timestamp: 150, user: 280, role: 150, action: 120, route: 80, collection: 140, item: 300 } },
  { collection: 'data_breaches', fields: ['found_at', 'status', 'ap_deadline', 'reported_to_ap_at', 'affected_persons', 'description'], sort: ['-found_at'], widths: { found_at: 150, status: 220, ap_deadline: 150, reported_to_ap_at: 150, affected_persons: 110, description: 320 } },
  { collection: 'disclosures', fields: ['date', 'recipient', 'surname', 'postcode', 'house_number', 'legal_ground'], sort: ['-date'], widths: { date: 150, recipient: 200, surname: 140, postcode: 90, house_number: 90, legal_ground: 320 } },
  { collection: 'job_runs', fields: ['date_created', 'kind', 'status', 'period', 'attempts', 'message', 'finished_at'], sort: ['-date_created'], widths: { date_created: 150, kind: 220, status: 110, period: 90, attempts: 90, message: 320, finished_at: 150 } },
];

/** Named worklists (bookmarks) for a role. */
export interface WorklistPreset extends LayoutPreset {
  bookmark: string;
  role: string;
  filter: Record<string, unknown>;
  icon?: string;
}

const CASE_COLUMNS = ['priority', 'status', 'household', 'route', 'assigned_to', 'attention', 'date_matched', 'date_first_contact'];
const TASK_COLUMNS = ['due_date', 'kind', 'case.priority', 'case.route', 'period', 'description'];
const TASK_WIDTHS = { due_date: 150, kind: 220, 'case.priority': 90, 'case.route': 160, period: 90, description: 360 };
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
    fields: ['period', 'initials', 'name_prefix', 'surname', 'birth_date', 'street', 'house_number', 'postcode', 'match_status', 'match_confidence'],
    widths: { period: 90, initials: 60, name_prefix: 70, surname: 130, birth_date: 150, street: 130, house_number: 90, postcode: 90, match_status: 170, match_confidence: 110 },
    sort: ['match_status', 'surname'],
    filter: { _and: [{ match_status: { _in: ['ambiguous', 'not_found', 'waiting', 'failed'] } }] },
  },
  {
    bookmark: 'Mijn zaken op prioriteit',
    role: roles.debt_services,
    collection: 'cases',
    fields: CASE_COLUMNS,
    widths: CASE_WIDTHS,
    sort: ['priority'],
    filter: { _and: [{ assigned_to: { _eq: '$CURRENT_USER' } }, openCases] },
    icon: 'assignment_ind',
  },
  {
    bookmark: 'Open zaken op prioriteit',
    role: roles.debt_services,
    collection: 'cases',
    fields: CASE_COLUMNS,
    widths: CASE_WIDTHS,
    sort: ['priority'],
    filter: { _and: [openCases] },
    icon: 'folder_shared',
  },
  // Start page (issue 10): new cases not yet picked up, and cases that need a look.
  {
    bookmark: 'Nieuwe zaken',
    role: roles.debt_services,
    collection: 'cases',
    fields: CASE_COLUMNS,
    sort: ['priority'],
    filter: { _and: [{ status: { _eq: 'new' } }] },
    icon: 'fiber_new',
  },
  {
    bookmark: 'Zaken met aandacht',
    role: roles.debt_services,
    collection: 'cases',
    fields: CASE_COLUMNS,
    sort: ['priority'],
    filter: { _and: [{ attention: { _eq: true } }, openCases] },
    icon: 'priority_high',
  },
  {
    bookmark: 'Wacht op AMW',
    role: roles.debt_services,
    collection: 'cases',
    fields: CASE_COLUMNS,
    widths: CASE_WIDTHS,
    sort: ['priority'],
    filter: { _and: [{ route: { _eq: 'amw' } }, openCases] },
    icon: 'hourglass_top',
  },
  {
    bookmark: 'Termijn verlopen',
    role: roles.debt_services,
    collection: 'tasks',
    fields: TASK_COLUMNS,
    widths: TASK_WIDTHS,
    sort: ['due_date'],
    filter: openTasksOf('overdue'),
    icon: 'alarm',
  },
  {
    bookmark: 'Huur inhouden',
    role: roles.debt_services,
    collection: 'tasks',
    fields: TASK_COLUMNS,
    widths: TASK_WIDTHS,
    sort: ['due_date'],
    filter: openTasksOf('rent_withholding'),
    icon: 'payments',
  },
  {
    bookmark: 'Terugverwezen door AMW',
    role: roles.debt_services,
    collection: 'tasks',
    fields: TASK_COLUMNS,
    widths: TASK_WIDTHS,
    sort: ['due_date'],
    filter: openTasksOf('referred_back'),
    icon: 'undo',
  },
  {
    bookmark: 'Ontbrekende uploads',
    role: roles.debt_services,
    collection: 'tasks',
    fields: ['due_date', 'kind', 'partner.name', 'period', 'description'],
    sort: ['due_date'],
    filter: { _and: [{ kind: { _in: ['missing_upload', 'small_upload'] } }, { status: { _eq: 'open' } }] },
    icon: 'upload_file',
  },
  {
    bookmark: 'Taken op of over de datum',
    role: roles.debt_services,
    collection: 'tasks',
    fields: ['due_date', 'kind', 'partner.name', 'period', 'description'],
    sort: ['due_date'],
    filter: { _and: [{ due_date: { _lte: '$NOW' } }, { status: { _eq: 'open' } }] },
    icon: 'event_busy',
  },
  {
    bookmark: 'Open taken',
    role: roles.debt_services,
    collection: 'tasks',
    fields: ['due_date', 'kind', 'partner', 'period', 'description'],
    widths: { due_date: 150, kind: 220, partner: 160, period: 90, description: 360 },
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
    widths: { finished_at: 150, kind: 220, period: 90, upload: 180, attempts: 90, message: 320 },
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
    widths: REFERRAL_WIDTHS,
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
    layout_options: { tabular: { spacing: 'cozy', ...(preset.widths ? { widths: preset.widths } : {}) } },
  };
}
