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
  { collection: 'referrals', fields: ['priority', 'initials', 'name_prefix', 'surname', 'street', 'house_number', 'postcode', 'city', 'phone', 'living_situation', 'status'], sort: ['priority', 'surname'] },
  { collection: 'cases', fields: ['priority', 'household.address_key', 'route', 'result', 'date_matched', 'date_closed'], sort: ['priority'] },
  { collection: 'contact_attempts', fields: ['date', 'part_of_day', 'kind', 'reached', 'organisation', 'note'], sort: ['-date'] },
  { collection: 'households', fields: ['address_key', 'has_minor_children', 'household_size', 'living_situation'], sort: ['address_key'] },
  { collection: 'documents', fields: ['kind', 'period', 'partner.name', 'file', 'date_created'], sort: ['-date_created'] },
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

export const worklistPresets = (debtServicesRole: string): WorklistPreset[] => [
  {
    bookmark: 'Te controleren: BRP-koppeling',
    role: debtServicesRole,
    collection: 'signals',
    fields: ['period', 'initials', 'name_prefix', 'surname', 'birth_date', 'postcode', 'house_number', 'match_status', 'match_confidence'],
    sort: ['match_status', 'surname'],
    filter: { _and: [{ match_status: { _in: ['ambiguous', 'not_found', 'waiting', 'failed'] } }] },
  },
  {
    bookmark: 'Open taken',
    role: debtServicesRole,
    collection: 'tasks',
    fields: ['due_date', 'kind', 'partner.name', 'period', 'description'],
    sort: ['due_date'],
    filter: { _and: [{ status: { _eq: 'open' } }] },
    icon: 'task_alt',
  },
  // Job runs (issue 8): failed background work, newest first; each run has a retry link.
  {
    bookmark: 'Mislukte taken',
    role: debtServicesRole,
    collection: 'job_runs',
    fields: ['finished_at', 'kind', 'period', 'upload', 'attempts', 'message'],
    sort: ['-finished_at'],
    filter: { _and: [{ status: { _eq: 'failed' } }] },
    icon: 'error',
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
