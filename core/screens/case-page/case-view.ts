/**
 * Everything the case page shows, in Dutch, from the case as the staff member's own session
 * reads it (GET /items/cases/<id> with the fields of CASE_PAGE_FIELDS). Fields the user may
 * not read (AMW's own notes) are simply not there; this never asks for them.
 */
import { dateLabel, dateTimeLabel, euro, monthsLabel, periodLabel, personName, yesNo } from './dutch-format.ts';
import { caseStatusLabel, livingSituationLabel, organisationLabel, referralStatusLabel, referralTargetLabel, routeLabel, ruleLabel, taskKindLabel } from './case-labels.ts';
import { nextStep, type CaseTerms, type NextStep } from './next-step.ts';

type User = { id?: string; first_name?: string | null; last_name?: string | null } | string | null;

export interface CaseRecord {
  id: string;
  status: string | null;
  period: string | null;
  priority: number | null;
  route: string | null;
  rule_route: string | null;
  reason: string | null;
  decided_by_rule: string | null;
  decision_facts?: unknown;
  override_reason: string | null;
  overridden_by: User;
  overridden_at: string | null;
  has_minor_children: boolean | null;
  months_in_arrears: number | string | null;
  arrears_amount: number | string | null;
  attention: boolean | null;
  attention_reason: string | null;
  assigned_to: User;
  date_matched: string | null;
  date_picked_up: string | null;
  date_first_contact: string | null;
  date_first_talk: string | null;
  date_closed: string | null;
  result: string | null;
  talk_at: string | null;
  talk_place: string | null;
  rent_withholding_consent: boolean | null;
  household: {
    address_key: string | null;
    household_size: number | null;
    has_minor_children: boolean | null;
    living_situation: string | null;
    facts_source: string | null;
    facts_date: string | null;
  } | null;
  signals: Array<{
    id: string;
    period: string | null;
    partner: { name?: string | null } | number | null;
    months_in_arrears: number | string | null;
    arrears_amount: number | string | null;
    signal_date: string | null;
    route_trace: string | null;
    street?: string | null;
    house_number?: number | string | null;
    house_letter?: string | null;
    house_number_addition?: string | null;
    postcode?: string | null;
    city?: string | null;
  }>;
  referrals: Array<{
    id: string;
    target: string | null;
    status: string | null;
    partner: { name?: string | null } | number | null;
    date_sent: string | null;
    date_outcome: string | null;
    date_referred_back: string | null;
    outcome: string | null;
  }>;
  tasks: Array<{ id: string; kind: string; status: string; due_date: string | null; description: string | null; done_at: string | null; done_by: User }>;
  contact_attempts: Array<{ id: string; kind: string | null; reached: boolean | null; date: string | null; part_of_day: string | null; organisation: string | null; note?: string | null; user_created: User }>;
}

/** The fields the page reads, as one `fields` query parameter. AMW's notes are not among them. */
export const CASE_PAGE_FIELDS = [
  'id', 'status', 'period', 'priority', 'route', 'rule_route', 'reason', 'decided_by_rule', 'decision_facts',
  'override_reason', 'overridden_by.first_name', 'overridden_by.last_name', 'overridden_at',
  'has_minor_children', 'months_in_arrears', 'arrears_amount', 'attention', 'attention_reason',
  'assigned_to.id', 'assigned_to.first_name', 'assigned_to.last_name',
  'date_matched', 'date_picked_up', 'date_first_contact', 'date_first_talk', 'date_closed', 'result', 'talk_at', 'talk_place', 'rent_withholding_consent',
  'household.address_key', 'household.household_size', 'household.has_minor_children', 'household.living_situation', 'household.facts_source', 'household.facts_date',
  'signals.id', 'signals.period', 'signals.partner.name', 'signals.months_in_arrears', 'signals.arrears_amount', 'signals.signal_date', 'signals.route_trace',
  'signals.street', 'signals.house_number', 'signals.house_letter', 'signals.house_number_addition', 'signals.postcode', 'signals.city',
  'referrals.id', 'referrals.target', 'referrals.status', 'referrals.partner.name', 'referrals.date_sent', 'referrals.date_outcome', 'referrals.date_referred_back', 'referrals.outcome',
  'tasks.id', 'tasks.kind', 'tasks.status', 'tasks.due_date', 'tasks.description', 'tasks.done_at', 'tasks.done_by.first_name', 'tasks.done_by.last_name',
  'contact_attempts.id', 'contact_attempts.kind', 'contact_attempts.reached', 'contact_attempts.date', 'contact_attempts.part_of_day', 'contact_attempts.organisation',
  'contact_attempts.note', 'contact_attempts.user_created.first_name', 'contact_attempts.user_created.last_name',
].join(',');

export interface Line {
  label: string;
  value: string;
}

export interface CaseView {
  title: string;
  status: string;
  isClosed: boolean;
  owner: string;
  ownerId: string | null;
  attention: string | null;
  next: NextStep;
  household: Line[];
  householdSource: string;
  signals: Array<{ id: string; title: string; lines: Line[]; trace: string | null }>;
  decision: Line[];
  deadlines: Array<{ label: string; date: string; late: boolean }>;
  openTasks: Array<{ id: string; title: string; due: string | null; description: string | null }>;
  doneTasks: Array<{ id: string; title: string; done: string }>;
  referrals: Array<{ id: string; title: string; lines: Line[] }>;
  attempts: Array<{ id: string; title: string; by: string; note: string | null }>;
}

const NONE = 'onbekend';
const line = (label: string, value: string | null | undefined): Line => ({ label, value: value ?? NONE });
const partnerName = (partner: { name?: string | null } | number | null) => (partner && typeof partner === 'object' && partner.name ? partner.name : null);

/** "6001GS|12|A|" → "6001 GS 12A"; the key of a dwelling as people write an address. */
export function addressFromKey(key: string | null | undefined): string | null {
  if (!key) return null;
  const [postcode = '', number = '', letter = '', addition = ''] = key.split('|');
  if (!number) return key;
  const pc = /^(\d{4})([A-Z]{2})$/.exec(postcode);
  return `${pc ? `${pc[1]} ${pc[2]}` : postcode} ${number}${letter}${addition ? `-${addition}` : ''}`;
}

function signalAddress(signal: CaseRecord['signals'][number] | undefined): string | null {
  if (!signal?.street || !signal.house_number) return null;
  const number = `${signal.house_number}${signal.house_letter ?? ''}${signal.house_number_addition ? `-${signal.house_number_addition}` : ''}`;
  const pc = /^(\d{4})\s?([A-Za-z]{2})$/.exec(signal.postcode ?? '');
  const postcode = pc ? `${pc[1]} ${pc[2]!.toUpperCase()}` : (signal.postcode ?? '');
  return `${signal.street} ${number}, ${[postcode, signal.city].filter(Boolean).join(' ')}`.trim();
}

/** The date the rule decided on, from the stored facts (the case's date_matched otherwise). */
function decidedOn(record: CaseRecord): string | null {
  const facts = record.decision_facts;
  const parsed = typeof facts === 'string' ? safeJson(facts) : facts;
  const value = parsed && typeof parsed === 'object' ? (parsed as { decided_on?: unknown }).decided_on : null;
  return typeof value === 'string' ? value : record.date_matched;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

export function caseView(record: CaseRecord, terms: CaseTerms, today: string): CaseView {
  const signals = [...(record.signals ?? [])].sort((a, b) => (a.period ?? '').localeCompare(b.period ?? ''));
  const tasks = record.tasks ?? [];
  const attempts = [...(record.contact_attempts ?? [])].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  const referrals = record.referrals ?? [];
  const open = tasks.filter((task) => task.status === 'open');
  const address = signalAddress(signals[signals.length - 1]) ?? addressFromKey(record.household?.address_key) ?? 'Adres onbekend';
  const household = record.household;
  const owner = personName(record.assigned_to);

  const next = nextStep(
    {
      status: record.status,
      route: record.route,
      date_matched: record.date_matched,
      date_first_contact: record.date_first_contact,
      date_first_talk: record.date_first_talk,
      talk_at: record.talk_at,
      rent_withholding_consent: record.rent_withholding_consent,
      attempts: attempts.length,
      openTasks: open,
      referrals,
    },
    terms,
    today,
  );

  const decision: Line[] = [
    line('Route', routeLabel(record.route)),
    line('Uitleg van de beslissing', record.reason),
    line('Beslist door', `${ruleLabel(record.decided_by_rule)}${decidedOn(record) ? ` op ${dateLabel(decidedOn(record))}` : ''}`),
  ];
  if (record.rule_route && record.route !== record.rule_route) {
    decision.push(line('Route volgens de regel', routeLabel(record.rule_route)));
    decision.push(line('Handmatig gewijzigd', [personName(record.overridden_by) ?? 'een medewerker', dateTimeLabel(record.overridden_at)].filter(Boolean).join(' op ')));
    decision.push(line('Reden van de wijziging', record.override_reason));
  }

  const deadlines: CaseView['deadlines'] = [];
  // A term of its own (contact, first talk); a task's due date is listed with the task.
  const fromTask = open.some((task) => task.due_date === next.due);
  if (next.due && !fromTask) deadlines.push({ label: next.label.replace(/ vóór .*$/, ''), date: dateLabel(next.due)!, late: next.late });
  for (const task of open) if (task.due_date) deadlines.push({ label: `Taak: ${taskKindLabel(task.kind)}`, date: dateLabel(task.due_date)!, late: task.due_date < today });

  return {
    title: address,
    status: caseStatusLabel(record.status),
    isClosed: record.status === 'closed',
    owner: owner ?? 'Nog niemand',
    ownerId: record.assigned_to && typeof record.assigned_to === 'object' ? (record.assigned_to.id ?? null) : typeof record.assigned_to === 'string' ? record.assigned_to : null,
    attention: record.attention ? (record.attention_reason ?? 'Aandacht nodig (geen reden vastgelegd)') : null,
    next,
    household: [
      line('Adres', address),
      line('Omvang huishouden', household?.household_size != null ? `${household.household_size} ${household.household_size === 1 ? 'persoon' : 'personen'}` : null),
      line('Minderjarige kinderen', yesNo(household?.has_minor_children ?? record.has_minor_children)),
      line('Leefsituatie', household?.living_situation ? livingSituationLabel(household.living_situation) : null),
      line('Periode van de zaak', periodLabel(record.period)),
      line('Prioriteit', record.priority != null ? String(record.priority) : null),
    ],
    householdSource: household?.facts_source ? `Bron: ${household.facts_source}${household.facts_date ? `, ${dateLabel(household.facts_date)}` : ''}` : 'Bron van de feiten onbekend',
    signals: signals.map((signal) => ({
      id: signal.id,
      title: `${partnerName(signal.partner) ?? 'Onbekende corporatie'} · ${periodLabel(signal.period) ?? 'periode onbekend'}`,
      lines: [
        line('Corporatie', partnerName(signal.partner)),
        line('Periode', periodLabel(signal.period)),
        line('Achterstand', monthsLabel(signal.months_in_arrears)),
        line('Bedrag', euro(signal.arrears_amount)),
        line('Signaaldatum', dateLabel(signal.signal_date)),
      ],
      trace: signal.route_trace,
    })),
    decision,
    deadlines,
    openTasks: [...open]
      .sort((a, b) => (a.due_date ?? '9999').localeCompare(b.due_date ?? '9999'))
      .map((task) => ({ id: task.id, title: taskKindLabel(task.kind), due: task.due_date ? `Uiterlijk ${dateLabel(task.due_date)}${task.due_date < today ? ' (verlopen)' : ''}` : null, description: task.description })),
    doneTasks: tasks
      .filter((task) => task.status !== 'open')
      .map((task) => ({ id: task.id, title: taskKindLabel(task.kind), done: ['Afgerond', dateLabel(task.done_at), personName(task.done_by) ? `door ${personName(task.done_by)}` : null].filter(Boolean).join(' ') })),
    referrals: referrals.map((referral) => ({
      id: referral.id,
      title: `${referralTargetLabel(referral.target)}${partnerName(referral.partner) ? ` · ${partnerName(referral.partner)}` : ''}`,
      lines: [
        line('Status', referralStatusLabel(referral.status)),
        line('Verstuurd op', dateLabel(referral.date_sent) ?? 'nog niet verstuurd'),
        ...(referral.date_referred_back ? [line('Terugverwezen op', dateLabel(referral.date_referred_back))] : []),
        ...(referral.outcome ? [line('Uitkomst', `${referral.outcome}${referral.date_outcome ? ` (${dateLabel(referral.date_outcome)})` : ''}`)] : []),
      ],
    })),
    attempts: attempts.map((attempt) => ({
      id: attempt.id,
      title: `${dateLabel(attempt.date) ?? 'Datum onbekend'}${attempt.part_of_day ? ` (${attempt.part_of_day.toLowerCase()})` : ''} · ${attempt.kind ?? 'soort onbekend'} · ${attempt.reached ? 'bereikt' : 'niet bereikt'}`,
      by: `${organisationLabel(attempt.organisation)}${personName(attempt.user_created) ? `, ${personName(attempt.user_created)}` : ''}`,
      note: attempt.note ?? null,
    })),
  };
}
