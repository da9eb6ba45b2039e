/**
 * The daily `overdue` step: which open cases ran past a term of the covenant's casework, and
 * which overdue tasks are settled. Counted from the decision (the case's date_matched):
 * - no contact attempt within `contactDays` (default 14) — by anyone, municipality or AMW;
 * - a municipality case without a first talk within `firstTalkDays` (default 28).
 * The term runs out at the end of its last day: a case decided on 1 November with a 14-day
 * term may still be contacted on 15 November and is overdue from 16 November.
 *
 * One task per case and term (the key is unique in the database), made once however often
 * the step runs. When the condition is resolved (an attempt is recorded, the talk took place,
 * the case is closed or no longer on that route), the open task is settled by the system.
 * A task staff closed themselves stays closed; it is never made again.
 */
import { dutchDate } from '../routing/dutch-date.ts';
import { addDays, periodOfDate } from '../cycle/calendar-date.ts';

export interface OverdueSettings {
  contactDays: number;
  firstTalkDays: number;
}

export const DEFAULT_OVERDUE_SETTINGS: OverdueSettings = { contactDays: 14, firstTalkDays: 28 };

/** The settings row may be missing or have empty fields: the covenant's terms then apply. */
export function overdueSettings(row: { overdue_contact_days?: number | null; overdue_first_talk_days?: number | null } | null | undefined): OverdueSettings {
  const days = (value: number | null | undefined, fallback: number) => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : fallback);
  return {
    contactDays: days(row?.overdue_contact_days, DEFAULT_OVERDUE_SETTINGS.contactDays),
    firstTalkDays: days(row?.overdue_first_talk_days, DEFAULT_OVERDUE_SETTINGS.firstTalkDays),
  };
}

export type OverdueTerm = 'contact' | 'talk';

export interface OverdueCaseFacts {
  id: string;
  period: string | null;
  status: string | null;
  route: string | null;
  /** The decision date (calendar date); a case without one is not watched. */
  date_matched: string | null;
  date_first_contact: string | null;
  date_first_talk: string | null;
  /** The earliest contact attempt on the case or on its referrals, by anyone (calendar date). */
  first_attempt: string | null;
}

export interface OpenOverdueTask {
  id: string;
  task_key: string;
}

export interface PlannedOverdueTask {
  kind: 'overdue';
  term: OverdueTerm;
  case: string;
  period: string;
  due_date: string;
  description: string;
  task_key: string;
}

export interface OverduePlan {
  tasks: PlannedOverdueTask[];
  /** Open overdue tasks whose condition is resolved: the step sets them done. */
  resolve: Array<{ id: string; task_key: string; term: OverdueTerm }>;
  /** Overdue cases that already have their task (open or done). */
  alreadyThere: number;
  /** Open cases without a decision date: no term can be counted. */
  withoutDecisionDate: number;
}

const WATCHED_ROUTES = ['municipality', 'amw'];
const ROUTE_LABEL: Record<string, string> = { municipality: 'gemeente', amw: 'AMW' };

export function overdueTaskKey(term: OverdueTerm, caseId: string): string {
  return `overdue:${term}:${caseId}`;
}

/** The term and case of an overdue task key; null for any other key. */
export function parseOverdueTaskKey(key: string): { term: OverdueTerm; caseId: string } | null {
  const match = /^overdue:(contact|talk):(.+)$/.exec(key);
  return match ? { term: match[1] as OverdueTerm, caseId: match[2]! } : null;
}

const isOpen = (facts: OverdueCaseFacts) => facts.status !== 'closed' && WATCHED_ROUTES.includes(facts.route ?? '');
const happenedBy = (date: string | null, today: string) => date !== null && date <= today;

/** Did what the term asks for happen (or stop mattering: closed, off the route)? */
function isSettled(term: OverdueTerm, facts: OverdueCaseFacts, today: string): boolean {
  if (!isOpen(facts)) return true;
  if (term === 'talk') return facts.route !== 'municipality' || happenedBy(facts.date_first_talk, today);
  return happenedBy(facts.first_attempt, today) || happenedBy(facts.date_first_contact, today);
}

/** Is this term of this case overdue today? Then the day its term ran out. */
function overdueSince(term: OverdueTerm, facts: OverdueCaseFacts, today: string, settings: OverdueSettings): string | null {
  if (!facts.date_matched || isSettled(term, facts, today)) return null;
  const due = addDays(facts.date_matched, term === 'contact' ? settings.contactDays : settings.firstTalkDays);
  return today > due ? due : null;
}

function describe(term: OverdueTerm, facts: OverdueCaseFacts, settings: OverdueSettings): string {
  const decided = `beslist op ${dutchDate(facts.date_matched!)}, route ${ROUTE_LABEL[facts.route ?? ''] ?? facts.route}`;
  return term === 'contact'
    ? `Geen contactpoging binnen ${settings.contactDays} dagen na de beslissing (${decided}). Neem contact op met de huurder${facts.route === 'amw' ? ' of vraag AMW naar de stand van zaken' : ''} en leg de poging vast.`
    : `Geen eerste gesprek binnen ${settings.firstTalkDays} dagen na de beslissing (${decided}). Plan het gesprek met de regisseurs en vul de datum van het eerste gesprek in.`;
}

export function planOverdueTasks(input: {
  today: string;
  settings: OverdueSettings;
  /** Every open case, plus the cases that open overdue tasks point at (also when closed). */
  cases: OverdueCaseFacts[];
  /** Every overdue task key that exists (open or done). */
  existingTaskKeys: string[];
  openTasks: OpenOverdueTask[];
}): OverduePlan {
  const { today, settings } = input;
  const existing = new Set(input.existingTaskKeys);
  const byId = new Map(input.cases.map((facts) => [facts.id, facts]));
  const tasks: PlannedOverdueTask[] = [];
  let alreadyThere = 0;
  let withoutDecisionDate = 0;

  const watched = [...input.cases].filter(isOpen).sort((a, b) => (a.date_matched ?? '').localeCompare(b.date_matched ?? '') || a.id.localeCompare(b.id));
  for (const facts of watched) {
    if (!facts.date_matched) {
      withoutDecisionDate++;
      continue;
    }
    for (const term of ['contact', 'talk'] as const) {
      const due = overdueSince(term, facts, today, settings);
      if (!due) continue;
      const key = overdueTaskKey(term, facts.id);
      if (existing.has(key)) {
        alreadyThere++;
        continue;
      }
      existing.add(key);
      tasks.push({ kind: 'overdue', term, case: facts.id, period: facts.period ?? periodOfDate(facts.date_matched), due_date: due, description: describe(term, facts, settings), task_key: key });
    }
  }

  const resolve: OverduePlan['resolve'] = [];
  for (const task of input.openTasks) {
    const parsed = parseOverdueTaskKey(task.task_key);
    if (!parsed) continue;
    const facts = byId.get(parsed.caseId);
    // The case is gone, closed, off the route, or the contact or talk took place.
    if (!facts || isSettled(parsed.term, facts, today)) resolve.push({ id: task.id, task_key: task.task_key, term: parsed.term });
  }
  return { tasks, resolve, alreadyThere, withoutDecisionDate };
}
