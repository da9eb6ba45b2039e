/**
 * What each role finds in the Vroegsignalering module's navigation: its start page
 * first, then the screens and lists of its own work. Paths starting with `/` are app
 * routes (under /admin); the module's own screens live under `/vroegsignalering`.
 */
export type ScreenRole = 'admin' | 'functional_admin' | 'debt_services' | 'corporation' | 'social_work';

export interface NavigationLink {
  label: string;
  icon: string;
  to: string;
}

const START: NavigationLink = { label: 'Start', icon: 'home', to: '/vroegsignalering' };
/** issue 13: the dashboard, the DDAS delivery and the evaluation report. */
const REPORTING: NavigationLink = { label: 'Rapportage', icon: 'monitoring', to: '/vroegsignalering/rapportage' };

const LINKS: Record<ScreenRole, NavigationLink[]> = {
  admin: [START, { label: 'Signalen', icon: 'notifications', to: '/content/signals' }, { label: 'Zaken', icon: 'folder_shared', to: '/content/cases' }, { label: 'Instellingen', icon: 'tune', to: '/content/app_settings' }, REPORTING],
  functional_admin: [START, { label: 'Sjablonen', icon: 'description', to: '/content/templates' }, { label: 'Instellingen', icon: 'tune', to: '/content/app_settings' }, { label: 'Signaalpartners', icon: 'handshake', to: '/content/signal_partners' }, { label: 'Gebruikers', icon: 'group', to: '/users' }, REPORTING],
  debt_services: [START, { label: 'Signalen', icon: 'notifications', to: '/content/signals' }, { label: 'Zaken', icon: 'folder_shared', to: '/content/cases' }, { label: 'Taken', icon: 'task_alt', to: '/content/tasks' }, REPORTING],
  corporation: [START, { label: 'Maandlijst aanleveren', icon: 'upload', to: '/vroegsignalering/aanleveren' }, { label: 'Uploads', icon: 'upload_file', to: '/content/uploads' }, { label: 'Ontruimingen', icon: 'no_meeting_room', to: '/content/evictions' }],
  social_work: [START, { label: 'Doorverwijzingen', icon: 'assignment_ind', to: '/content/referrals' }, { label: 'Contactpogingen', icon: 'call', to: '/content/contact_attempts' }],
};

const SCREEN_ROLES = Object.keys(LINKS) as ScreenRole[];

export function isScreenRole(key: string | null | undefined): key is ScreenRole {
  return SCREEN_ROLES.includes(key as ScreenRole);
}

/** The links of a role; an unknown role (or none) gets only the start page. */
export function navigationFor(role: string | null | undefined): NavigationLink[] {
  return isScreenRole(role) ? LINKS[role] : [START];
}
