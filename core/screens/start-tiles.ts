/**
 * What each role finds on its start page (issue 10, point 2): its work of today as tiles,
 * each with a count and a link to the matching list. Pure: the page reads the role's
 * bookmarks and the counts with the user's own session and asks this module what to show.
 *
 * A tile that stands for a worklist names the role's bookmark (directus/access/layout-presets.ts):
 * the bookmark's own filter is what is counted and the bookmark is what opens, so the tile
 * and the list can never disagree. Other tiles carry their own filter and link.
 */
import { addDays, addMonths, dayOfPeriod, periodOfDate } from '../cycle/calendar-date.ts';
import { DEFAULT_CALENDAR_SETTINGS, type CalendarSettings } from '../cycle/plan-due-steps.ts';
import { dutchDate } from '../routing/dutch-date.ts';
import type { ScreenRole } from './role-navigation.ts';
import { DUTCH_MONTHS as MONTHS } from '../routing/dutch-date.ts';

export type Filter = Record<string, unknown>;

/** Where a tile's count and link come from. */
export type TileSource =
  /** A role bookmark: counted with its filter, opened as `/content/<collection>?bookmark=<id>`. */
  | { kind: 'bookmark'; bookmark: string; collection: string }
  /** A count of its own, opened at an app route. */
  | { kind: 'count'; collection: string; filter: Filter; to: string }
  /** Only a link, nothing to count. */
  | { kind: 'link'; to: string };

export interface StartTile {
  key: string;
  section: string;
  label: string;
  icon: string;
  /** Shown under the label: what the list is for, in plain Dutch. */
  hint: string;
  source: TileSource;
  /** A count above zero needs someone's attention (shown in the warning colour). */
  alarming?: boolean;
}

const SIGNALS = 'Signalen';
const CASES = 'Zaken';
const TASKS = 'Taken';
const BACKGROUND = 'Achtergrondwerk';
const REFERRALS = 'Doorverwijzingen';
const MANAGE = 'Beheer';
const UPLOADS = 'Aanleveren';

const bookmark = (bookmark: string, collection: string): TileSource => ({ kind: 'bookmark', bookmark, collection });

const TILES: Record<ScreenRole, StartTile[]> = {
  debt_services: [
    { key: 'brp-review', section: SIGNALS, label: 'BRP-koppeling controleren', icon: 'person_search', hint: 'Meerdere kandidaten, niet gevonden, wacht op BRP of mislukt', source: bookmark('Te controleren: BRP-koppeling', 'signals'), alarming: true },
    { key: 'new-cases', section: CASES, label: 'Nieuwe zaken', icon: 'fiber_new', hint: 'Nog niet opgepakt, op prioriteit', source: bookmark('Nieuwe zaken', 'cases') },
    { key: 'attention-cases', section: CASES, label: 'Zaken met aandacht', icon: 'priority_high', hint: 'Herhaald signaal, terugverwezen of afgerond door AMW', source: bookmark('Zaken met aandacht', 'cases'), alarming: true },
    { key: 'my-cases', section: CASES, label: 'Mijn zaken', icon: 'assignment_ind', hint: 'Open zaken die aan u zijn toegewezen', source: bookmark('Mijn zaken op prioriteit', 'cases') },
    { key: 'open-cases', section: CASES, label: 'Alle open zaken', icon: 'folder_shared', hint: 'Op prioriteit', source: bookmark('Open zaken op prioriteit', 'cases') },
    { key: 'waiting-amw', section: CASES, label: 'Wacht op AMW', icon: 'hourglass_top', hint: 'Open zaken die AMW oppakt', source: bookmark('Wacht op AMW', 'cases') },
    { key: 'tasks-due', section: TASKS, label: 'Taken op of over de datum', icon: 'event_busy', hint: 'Open taken met een datum tot en met vandaag', source: bookmark('Taken op of over de datum', 'tasks'), alarming: true },
    { key: 'overdue', section: TASKS, label: 'Termijn verlopen', icon: 'alarm', hint: 'Eerste contact of gesprek niet op tijd', source: bookmark('Termijn verlopen', 'tasks'), alarming: true },
    { key: 'referred-back', section: TASKS, label: 'Terugverwezen door AMW', icon: 'undo', hint: 'Ernstige schulden: de gemeente neemt over', source: bookmark('Terugverwezen door AMW', 'tasks'), alarming: true },
    { key: 'rent-withholding', section: TASKS, label: 'Huur inhouden', icon: 'payments', hint: 'Inhouding op de uitkering regelen', source: bookmark('Huur inhouden', 'tasks') },
    { key: 'missing-uploads', section: TASKS, label: 'Ontbrekende of kleine uploads', icon: 'upload_file', hint: 'Corporaties nabellen', source: bookmark('Ontbrekende uploads', 'tasks'), alarming: true },
    { key: 'open-tasks', section: TASKS, label: 'Alle open taken', icon: 'task_alt', hint: 'Op datum', source: bookmark('Open taken', 'tasks') },
    { key: 'failed-jobs', section: BACKGROUND, label: 'Mislukte taken', icon: 'error', hint: 'Achtergrondwerk dat opnieuw moet', source: bookmark('Mislukte taken', 'job_runs'), alarming: true },
  ],
  corporation: [
    { key: 'upload', section: UPLOADS, label: 'Maandlijst aanleveren', icon: 'upload_file', hint: 'Excel of CSV met de huurders met een achterstand', source: { kind: 'link', to: '/vroegsignalering/aanleveren' } },
    { key: 'uploads', section: UPLOADS, label: 'Alle uploads', icon: 'list', hint: 'Uw eerdere lijsten en hun verwerking', source: { kind: 'count', collection: 'uploads', filter: {}, to: '/content/uploads' } },
    { key: 'uploads-refused', section: UPLOADS, label: 'Geweigerd of mislukt', icon: 'error', hint: 'Deze lijsten moet u opnieuw aanleveren', source: { kind: 'count', collection: 'uploads', filter: { status: { _in: ['refused', 'failed'] } }, to: '/content/uploads' }, alarming: true },
  ],
  social_work: [
    { key: 'new-referrals', section: REFERRALS, label: 'Nieuwe doorverwijzingen', icon: 'fiber_new', hint: 'Verstuurd, nog geen contactpoging', source: { kind: 'count', collection: 'referrals', filter: { status: { _eq: 'new' } }, to: '/content/referrals' }, alarming: true },
    { key: 'referrals-in-progress', section: REFERRALS, label: 'In behandeling', icon: 'pending_actions', hint: 'Er is al een contactpoging', source: { kind: 'count', collection: 'referrals', filter: { status: { _eq: 'in_progress' } }, to: '/content/referrals' } },
    { key: 'referrals-worklist', section: REFERRALS, label: 'Werklijst op prioriteit', icon: 'forward_to_inbox', hint: 'Gezinnen met minderjarige kinderen eerst', source: bookmark('Doorverwijzingen op prioriteit', 'referrals') },
    { key: 'contact-attempts', section: REFERRALS, label: 'Contactpogingen', icon: 'call', hint: 'Alle vastgelegde pogingen', source: { kind: 'count', collection: 'contact_attempts', filter: {}, to: '/content/contact_attempts' } },
  ],
  functional_admin: [
    { key: 'templates', section: MANAGE, label: 'Sjablonen', icon: 'description', hint: 'Brieven en exports', source: { kind: 'count', collection: 'templates', filter: {}, to: '/content/templates' } },
    { key: 'settings', section: MANAGE, label: 'Instellingen', icon: 'tune', hint: 'Routering, termijnen en de maandcyclus', source: { kind: 'link', to: '/content/app_settings' } },
    { key: 'partners', section: MANAGE, label: 'Signaalpartners', icon: 'handshake', hint: 'Corporaties en AMW', source: { kind: 'count', collection: 'signal_partners', filter: {}, to: '/content/signal_partners' } },
    { key: 'users', section: MANAGE, label: 'Gebruikers', icon: 'group', hint: 'Accounts en rollen', source: { kind: 'count', collection: 'directus_users', filter: {}, to: '/users' } },
    { key: 'failed-jobs', section: BACKGROUND, label: 'Mislukte taken', icon: 'error', hint: 'Achtergrondwerk dat opnieuw moet', source: { kind: 'count', collection: 'job_runs', filter: { status: { _eq: 'failed' } }, to: '/content/job_runs' }, alarming: true },
  ],
  admin: [
    { key: 'failed-jobs', section: BACKGROUND, label: 'Mislukte taken', icon: 'error', hint: 'Achtergrondwerk dat opnieuw moet', source: { kind: 'count', collection: 'job_runs', filter: { status: { _eq: 'failed' } }, to: '/content/job_runs' }, alarming: true },
    { key: 'running-jobs', section: BACKGROUND, label: 'Taken in uitvoering', icon: 'sync', hint: 'In de wachtrij of bezig', source: { kind: 'count', collection: 'job_runs', filter: { status: { _in: ['queued', 'running'] } }, to: '/content/job_runs' } },
    { key: 'processing-uploads', section: BACKGROUND, label: 'Uploads in verwerking', icon: 'hourglass_top', hint: 'Ontvangen of in behandeling', source: { kind: 'count', collection: 'uploads', filter: { status: { _in: ['received', 'processing'] } }, to: '/content/uploads' } },
    { key: 'failed-uploads', section: BACKGROUND, label: 'Mislukte uploads', icon: 'error_outline', hint: 'Verwerking brak af', source: { kind: 'count', collection: 'uploads', filter: { status: { _eq: 'failed' } }, to: '/content/uploads' }, alarming: true },
    { key: 'users', section: MANAGE, label: 'Gebruikers', icon: 'group', hint: 'Accounts en rollen', source: { kind: 'count', collection: 'directus_users', filter: {}, to: '/users' } },
    { key: 'settings', section: MANAGE, label: 'Instellingen', icon: 'tune', hint: 'Routering, termijnen en de maandcyclus', source: { kind: 'link', to: '/content/app_settings' } },
    { key: 'project', section: MANAGE, label: 'Projectinstellingen', icon: 'settings', hint: 'Rollen, toegang en het project', source: { kind: 'link', to: '/settings/project' } },
  ],
};

export function startTilesFor(role: ScreenRole | null | undefined): StartTile[] {
  return role && role in TILES ? TILES[role] : [];
}

/** A bookmark as the user may read it from /presets. */
export interface BookmarkPreset {
  id: number;
  bookmark: string | null;
  collection: string;
  filter: Filter | null;
}

/** What the page does with a tile: where it links to and what (if anything) it counts. */
export interface ResolvedTile {
  tile: StartTile;
  to: string;
  count: { collection: string; filter: Filter } | null;
}

/**
 * A bookmark tile opens its bookmark and counts with its filter; when the bookmark is not
 * there (not yet provisioned), the tile opens the plain list and counts nothing rather
 * than a number that may not match what opens.
 */
export function resolveTile(tile: StartTile, presets: BookmarkPreset[]): ResolvedTile {
  const source = tile.source;
  if (source.kind === 'link') return { tile, to: source.to, count: null };
  if (source.kind === 'count') return { tile, to: source.to, count: { collection: source.collection, filter: source.filter } };
  const preset = presets.find((p) => p.bookmark === source.bookmark && p.collection === source.collection);
  if (!preset) return { tile, to: `/content/${source.collection}`, count: null };
  return { tile, to: `/content/${source.collection}?bookmark=${preset.id}`, count: { collection: source.collection, filter: preset.filter ?? {} } };
}

/** The REST path and query that count a tile's items with the user's session. */
export function countRequest(count: { collection: string; filter: Filter }): { path: string; params: Record<string, string> } {
  const path = count.collection === 'directus_users' ? '/users' : `/items/${count.collection}`;
  const params: Record<string, string> = { 'aggregate[count]': '*' };
  if (Object.keys(count.filter).length) params.filter = JSON.stringify(count.filter);
  return { path, params };
}

/** Directus answers a count as `[{count: 3}]` or `[{count: "3"}]` (PostgreSQL bigint). */
export function countFromAggregate(data: unknown): number | null {
  const first = Array.isArray(data) ? (data[0] as { count?: unknown } | undefined) : undefined;
  const value = Number(first?.count);
  return first && Number.isFinite(value) ? value : null;
}

/** Tiles grouped by section, in the order they are listed. */
export function groupBySection<T extends { tile: StartTile }>(tiles: T[]): Array<{ section: string; tiles: T[] }> {
  const groups: Array<{ section: string; tiles: T[] }> = [];
  for (const item of tiles) {
    const group = groups.find((g) => g.section === item.tile.section);
    if (group) group.tiles.push(item);
    else groups.push({ section: item.tile.section, tiles: [item] });
  }
  return groups;
}


/** "2026-11" → "november 2026". */
export function dutchPeriod(period: string): string {
  const [year, month] = period.split('-');
  return `${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

export interface CalendarLine {
  date: string;
  label: string;
}

/**
 * The month cycle as staff read it on their start page: the period whose cycle runs now
 * (last month's lists, worked this month) and the next dates of the covenant's calendar.
 */
export function cycleOverview(today: string, settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS): { currentPeriod: string; cyclePeriod: string; next: CalendarLine[] } {
  const currentPeriod = periodOfDate(today);
  const dates = (period: string): Array<{ date: string; text: (p: string) => string }> => [
    { date: dayOfPeriod(period, settings.inputsDeadlineDay), text: (p) => `lijsten over ${dutchPeriod(p)} gelden als binnen; verrijken en routeren met wat er is` },
    { date: dayOfPeriod(period, settings.feedbackDay - 1), text: (p) => `laatste dag voor de brieven en de terugkoppeling aan de corporaties over ${dutchPeriod(p)} (vóór de ${settings.feedbackDay}e)` },
    { date: dayOfPeriod(period, settings.amwOverviewDay), text: (p) => `overzicht aan AMW over ${dutchPeriod(p)}` },
  ];
  const upcoming = [currentPeriod, addMonths(currentPeriod, 1)].flatMap((period) => dates(period).map((d) => ({ date: d.date, label: `${dutchDate(d.date)}: ${d.text(addMonths(period, -1))}` })));
  const next = upcoming.filter((line) => line.date >= today).slice(0, 3);
  return { currentPeriod, cyclePeriod: addMonths(currentPeriod, -1), next };
}

export interface UploadFacts {
  period: string | null;
  status: string | null;
}

/**
 * What a corporation is expected to deliver this month: the list over the current month,
 * in before the inputs deadline of the next month; said plainly once it is in.
 */
export function corporationExpectation(today: string, uploads: UploadFacts[], settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS): string {
  const period = periodOfDate(today);
  const deadline = dayOfPeriod(addMonths(period, 1), settings.inputsDeadlineDay);
  const ofPeriod = uploads.filter((u) => u.period === period);
  if (ofPeriod.some((u) => u.status === 'processed')) return `Uw lijst over ${dutchPeriod(period)} is ontvangen en verwerkt. De volgende lijst gaat over ${dutchPeriod(addMonths(period, 1))}.`;
  if (ofPeriod.some((u) => u.status === 'received' || u.status === 'processing')) return `Uw lijst over ${dutchPeriod(period)} is ontvangen en wordt verwerkt.`;
  const redo = ofPeriod.length > 0 ? ' Uw eerdere lijst voor deze maand is niet verwerkt; lever hem opnieuw aan.' : '';
  return `Verwacht deze maand: uw lijst over ${dutchPeriod(period)}, uiterlijk ${dutchDate(addDays(deadline, -1))}.${redo}`;
}


/** The export a partner's users find on their start page (issue 11): corporations their feedback, AMW its overview. */
const PARTNER_DOCUMENT_KINDS: Partial<Record<ScreenRole, 'partner_feedback' | 'amw_overview'>> = { corporation: 'partner_feedback', social_work: 'amw_overview' };
const PARTNER_DOCUMENT_TITLES: Record<'partner_feedback' | 'amw_overview', string> = { partner_feedback: 'Terugkoppeling', amw_overview: 'Overzicht AMW' };

/**
 * The query for the latest ready exports of the role's kind; the access model already limits
 * them to the user's own partner. Null for a role that gets none.
 */
export function partnerDocumentsRequest(role: ScreenRole | null | undefined, limit = 6): { path: string; params: Record<string, string> } | null {
  const kind = role ? PARTNER_DOCUMENT_KINDS[role] : undefined;
  if (!kind) return null;
  return {
    path: '/items/documents',
    params: { fields: 'id,kind,period,file,rows,summary,date_created', filter: JSON.stringify({ kind: { _eq: kind }, status: { _eq: 'ready' }, file: { _nnull: true } }), sort: '-period,-date_created', limit: String(limit) },
  };
}

export interface PartnerDocumentRow {
  id: string;
  title: string;
  summary: string;
  /** Relative to Directus's root: `assets/<file id>?download` (the page puts the root in front). */
  download: string;
}

export function partnerDocumentRow(row: Record<string, unknown>): PartnerDocumentRow {
  const kind = row.kind === 'amw_overview' ? 'amw_overview' : 'partner_feedback';
  return {
    id: String(row.id),
    title: `${PARTNER_DOCUMENT_TITLES[kind]} ${row.period ? dutchPeriod(String(row.period)) : ''}`.trim(),
    summary: typeof row.summary === 'string' ? row.summary : '',
    download: `assets/${encodeURIComponent(String(row.file))}?download`,
  };
}

/** Directus's root path from the app's location ("/admin/…" → "/", "/vs/admin/…" → "/vs/"). */
export function directusRootPath(pathname: string): string {
  const at = pathname.indexOf('/admin');
  return at < 0 ? '/' : `${pathname.slice(0, at)}/`;
}
