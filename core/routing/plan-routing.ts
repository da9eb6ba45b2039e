/**
 * Routing for one period: which case each waiting signal gets and everything that follows
 * from it (referrals to AMW, tasks, priority ranks). Pure: the route step reads the inputs,
 * asks this planner and writes the plan in one transaction.
 *
 * - One case per household per period: the household's signals (two corporations, water,
 *   energy) are decided together; the strongest route wins (municipality > AMW > none), so a
 *   benefit recipient is never sent to AMW because another signal lacked the benefit.
 * - A household with an open case (this period's or an earlier one) gets no new case: the
 *   signal joins it (no new letter). Arrears that grew, a signal after the waiting
 *   period, or new facts that point elsewhere raise attention on the case instead.
 * - A household waits as a whole while one of its signals waits for the BRP review.
 * - Decisions already made are never revisited: a re-run only sees signals without a case
 *   and recomputes the same ranks, so running twice changes nothing.
 */
import { addAttentionReason } from '../casework/referral-work.ts';
import { addDays, addMonths, dayOfPeriod } from '../cycle/calendar-date.ts';
import type { EndResult, SignalStatus } from '../ddas/vocabulary.ts';
import type { LivingSituation } from '../household/household-facts.ts';
import { decideSignal, type CaseTaskKind, type SignalDecision } from './decide-signal.ts';
import { dutchDate, months } from './dutch-date.ts';
import { rankCases } from './rank-cases.ts';
import type { CurrentLists, ExistingCase, PersonFields, Route, RoutingSignal } from './routing-input.ts';
import { minimumFor, sameKind, type RoutingSettings } from './routing-settings.ts';
import { RULE_SET_LABEL, RULE_SET_REF } from './rule-set.ts';

export interface RoutingInput {
  period: string;
  today: string;
  settings: RoutingSettings;
  lists: CurrentLists;
  /** The period's signals without a case. */
  signals: readonly RoutingSignal[];
  /** Cases of these signals' households: this period's (any status) and open ones of earlier periods. */
  householdCases: readonly ExistingCase[];
  /** Every case of the period with its current rank, for the ranks. */
  periodCases: ReadonlyArray<ExistingCase & { priority: number | null }>;
  /** The social work organisation that receives AMW referrals (signal_partners.organisation_role). */
  amwPartner: { id: number; name: string } | null;
  newId: () => string;
  /**
   * The feedback step settles the period before it writes the files: nothing waits any
   * longer, whatever today is (each corporation hears one of the three decisions).
   */
  settleWaiting?: boolean;
}

export interface NewCase {
  id: string;
  household: string | null;
  period: string;
  status: 'new' | 'closed';
  route: Route;
  rule_route: Route;
  reason: string;
  decided_by_rule: string;
  decision_facts: Record<string, unknown>;
  has_minor_children: boolean | null;
  months_in_arrears: number;
  arrears_amount: number | null;
  date_matched: string;
  result: EndResult | null;
  date_closed: string | null;
  priority: number | null;
}

export interface CaseJoin {
  id: string;
  months_in_arrears: number | null;
  arrears_amount: number | null;
  has_minor_children: boolean | null;
  /** Set when the join needs a person's eyes; null keeps the case's attention as it is. */
  attention_reason: string | null;
}

export interface SignalWrite {
  id: string;
  case: string | null;
  status: SignalStatus | null;
  route_trace: string;
  routed: boolean;
}

export interface NewReferral extends PersonFields {
  id: string;
  case: string;
  target: 'amw';
  partner: number | null;
  status: 'new';
  period: string;
  priority: number | null;
  living_situation: LivingSituation | null;
  debt_areas: string[];
}

export interface NewTask {
  kind: CaseTaskKind;
  task_key: string;
  case: string;
  period: string;
  due_date: string;
  description: string;
}

export interface RoutingPlan {
  deadline: string;
  cases: NewCase[];
  joins: CaseJoin[];
  signals: SignalWrite[];
  referrals: NewReferral[];
  tasks: NewTask[];
  /** Existing cases whose rank changes (new cases carry theirs). */
  priorities: Array<{ case: string; priority: number | null }>;
  counts: { municipality: number; amw: number; none: number; joined: number; waiting: number; referrals: number; tasks: number; amwWithoutPartner: number };
}

export const OUTCOME_LABELS: Record<Route, string> = {
  municipality: 'uitnodiging gemeente (regisseur schulddienstverlening en regisseur participatie)',
  amw: 'doorverwijzing naar AMW, na de vooraankondiging',
  none: 'niet uitnodigen',
};

/** From this day signals still waiting for the BRP review are routed anyway (to the municipality). */
export function routingDeadline(period: string, feedbackDay: number): string {
  return dayOfPeriod(addMonths(period, 1), feedbackDay - 1);
}

const ROUTE_STRENGTH: Record<Route, number> = { municipality: 2, amw: 1, none: 0 };
const routeOf = (decision: SignalDecision): Route => (decision.kind === 'route' ? decision.route : 'none');

const TASK_DESCRIPTIONS: Record<CaseTaskKind, string> = {
  rent_withholding: 'Huur inhouden op de uitkering om nieuwe achterstand te voorkomen. Kan pas worden afgerond als de machtiging van de huurder (art. 10.5) op de zaak is vastgelegd.',
  inform_case_manager: 'De huurder is al klant bij schulddienstverlening en gaat via AMW (art. 6.1.4): informeer de eigen klantmanager over het signaal.',
};

export function planRouting(input: RoutingInput): RoutingPlan {
  const { period, today, settings } = input;
  const deadline = routingDeadline(period, settings.feedbackDay);
  const context = { settings, lists: input.lists, deadlinePassed: input.settleWaiting === true || today >= deadline };
  const plan: RoutingPlan = { deadline, cases: [], joins: [], signals: [], referrals: [], tasks: [], priorities: [], counts: { municipality: 0, amw: 0, none: 0, joined: 0, waiting: 0, referrals: 0, tasks: 0, amwWithoutPartner: 0 } };

  const households = new Map<string, RoutingSignal[]>();
  for (const signal of [...input.signals].sort(bySignalWeight)) {
    const group = households.get(signal.household_key) ?? [];
    group.push(signal);
    households.set(signal.household_key, group);
  }
  const joinable = joinTargets(input.householdCases, period);
  const periodCases = new Map(input.periodCases.map((item) => [item.id, { ...item }]));
  const joins = new Map<string, CaseJoin>();

  for (const [householdKey, signals] of [...households.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const decided = signals.map((signal) => ({ signal, decision: decideSignal(signal, context) }));

    // The household waits as a whole: routing one signal while another is unsettled could send
    // a benefit recipient to AMW.
    if (decided.some(({ decision }) => decision.kind === 'wait')) {
      for (const { signal, decision } of decided) {
        const why = decision.kind === 'wait' ? decision.why : 'Wacht op de BRP-koppeling van een ander signaal van hetzelfde huishouden';
        plan.signals.push({ id: signal.id, case: null, status: null, route_trace: `${why} (${RULE_SET_LABEL}; uiterlijk ${dutchDate(deadline)} naar de gemeente)`, routed: false });
        plan.counts.waiting += 1;
      }
      continue;
    }

    const target = joinable.get(householdKey);
    if (target) {
      const join = joins.get(target.id) ?? startJoin(target);
      joins.set(target.id, join);
      for (const { signal, decision } of decided) joinCase(plan, join, target, signal, decision, settings, period);
      const ranked = periodCases.get(target.id);
      if (ranked) Object.assign(ranked, { months_in_arrears: join.months_in_arrears, arrears_amount: join.arrears_amount, has_minor_children: join.has_minor_children });
      continue;
    }

    const created = newCase(input, decided, householdKey);
    plan.cases.push(created.item);
    plan.counts[created.item.route] += 1;
    plan.signals.push(...created.signals);
    plan.tasks.push(...created.tasks);
    if (created.referral) {
      plan.referrals.push(created.referral);
      if (created.referral.partner === null) plan.counts.amwWithoutPartner += 1;
    }
  }
  plan.joins = [...joins.values()];
  plan.counts.referrals = plan.referrals.length;
  plan.counts.tasks = plan.tasks.length;

  // Ranks over the whole period: the cases that existed and the new ones.
  const tieBreak = new Map<string, string>();
  const rankable = [
    ...[...periodCases.values()].map((item) => {
      tieBreak.set(item.id, item.household_key);
      return { id: item.id, route: item.route, has_minor_children: item.has_minor_children, months_in_arrears: item.months_in_arrears, arrears_amount: item.arrears_amount, tie_break: item.household_key };
    }),
    ...plan.cases.map((item) => ({ id: item.id, route: item.route, has_minor_children: item.has_minor_children, months_in_arrears: item.months_in_arrears, arrears_amount: item.arrears_amount, tie_break: String(item.decision_facts.household_key ?? '') })),
  ];
  const ranks = rankCases(rankable);
  for (const item of plan.cases) item.priority = ranks.get(item.id) ?? null;
  for (const referral of plan.referrals) referral.priority = ranks.get(referral.case) ?? null;
  for (const item of periodCases.values()) {
    const rank = ranks.get(item.id) ?? null;
    if (rank !== item.priority) plan.priorities.push({ case: item.id, priority: rank });
  }
  return plan;
}

/** Heaviest first: it decides the household's referral and the case's reason. */
function bySignalWeight(a: RoutingSignal, b: RoutingSignal): number {
  return b.months_in_arrears - a.months_in_arrears || (b.arrears_amount ?? -1) - (a.arrears_amount ?? -1) || a.id.localeCompare(b.id);
}

/**
 * Per household: this period's open case, else its latest open case of an earlier period. A
 * closed case is never joined, not even this period's (a tenant who moved out was not invited;
 * a later signal at the address deserves its own decision).
 */
function joinTargets(cases: readonly ExistingCase[], period: string): Map<string, ExistingCase> {
  const targets = new Map<string, ExistingCase>();
  const preference = (item: ExistingCase) => (item.status === 'closed' ? 0 : item.period === period ? 2 : item.period < period ? 1 : 0);
  for (const item of [...cases].sort((a, b) => a.id.localeCompare(b.id))) {
    if (preference(item) === 0) continue;
    const current = targets.get(item.household_key);
    if (!current || preference(item) > preference(current) || (preference(item) === preference(current) && item.period > current.period)) targets.set(item.household_key, item);
  }
  return targets;
}

function startJoin(target: ExistingCase): CaseJoin {
  return { id: target.id, months_in_arrears: target.months_in_arrears, arrears_amount: target.arrears_amount, has_minor_children: target.has_minor_children, attention_reason: null };
}

function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

function joinCase(plan: RoutingPlan, join: CaseJoin, target: ExistingCase, signal: RoutingSignal, decision: SignalDecision, settings: RoutingSettings, period: string) {
  const samePeriod = target.period === period;
  const attention: string[] = [];
  const route = routeOf(decision);
  if (!samePeriod && join.months_in_arrears !== null && signal.months_in_arrears > join.months_in_arrears) {
    attention.push(`Achterstand opgelopen van ${months(join.months_in_arrears)} naar ${months(signal.months_in_arrears)} (signaal ${period} van ${signal.partner_name})`);
  }
  const gap = monthsBetween(target.period, period);
  const withinWaiting = gap <= settings.repeatWaitingMonths;
  if (!samePeriod && !withinWaiting) attention.push(`Nieuw signaal (${period}) terwijl de zaak van ${target.period} na de wachttermijn van ${months(settings.repeatWaitingMonths)} nog openstaat`);
  if (decision.kind === 'none') attention.push(`Nieuw signaal (${period}, ${signal.partner_name}): ${decision.why}`);
  else if (target.route && route !== target.route) attention.push(`Nieuw signaal (${period}, ${signal.partner_name}) wijst naar ${OUTCOME_LABELS[route]}: ${decision.kind === 'route' ? decision.why : ''}; de zaak loopt als ${OUTCOME_LABELS[target.route]} — route controleren`);

  join.months_in_arrears = Math.max(join.months_in_arrears ?? 0, signal.months_in_arrears);
  join.arrears_amount = samePeriod ? sum(join.arrears_amount, signal.arrears_amount) : max(join.arrears_amount, signal.arrears_amount);
  join.has_minor_children = join.has_minor_children === true || signal.has_minor_children === true ? true : (join.has_minor_children ?? signal.has_minor_children);
  for (const reason of attention) join.attention_reason = addAttentionReason(join.attention_reason ?? target.attention_reason, reason);

  const status: SignalStatus = decision.kind === 'none' ? decision.status : samePeriod ? (decision.kind === 'route' ? decision.status : 'Opgepakt') : 'Niet opgepakt: herhaalde melding';
  const how = samePeriod ? 'zelfde huishouden in dezelfde periode' : `herhaald signaal${withinWaiting ? ` binnen de wachttermijn van ${months(settings.repeatWaitingMonths)}` : ''}; geen nieuwe zaak en geen nieuwe brief`;
  plan.signals.push({ id: signal.id, case: target.id, status, route_trace: `${decision.why} → voegt zich bij de zaak van ${target.period} (${how}; ${RULE_SET_LABEL})`, routed: true });
  plan.counts.joined += 1;
}

function sum(a: number | null, b: number | null): number | null {
  return a === null && b === null ? null : (a ?? 0) + (b ?? 0);
}

function max(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

function newCase(input: RoutingInput, decided: Array<{ signal: RoutingSignal; decision: SignalDecision }>, householdKey: string) {
  const { settings, today, period } = input;
  const route = decided.map(({ decision }) => routeOf(decision)).reduce((best, next) => (ROUTE_STRENGTH[next] > ROUTE_STRENGTH[best] ? next : best), 'none' as Route);
  const deciding = decided.find(({ decision }) => routeOf(decision) === route)!;
  const id = input.newId();
  const trace = (signal: RoutingSignal, decision: SignalDecision) => {
    const minimum = minimumFor(settings, signal.partner);
    const setting = minimum ? `minimum ${months(minimum.months)}${minimum.source === 'partner' ? ` voor ${signal.partner_name}` : ''}` : 'geen minimum';
    return `${decision.why} → ${OUTCOME_LABELS[routeOf(decision)]} (${RULE_SET_LABEL}, ${setting})`;
  };
  const signals: SignalWrite[] = decided.map(({ signal, decision }) => ({
    id: signal.id,
    case: id,
    status: decision.kind === 'wait' ? null : decision.status,
    route_trace: routeOf(decision) === route || decision.kind === 'none' ? trace(signal, decision) : `${trace(signal, decision)}; het huishouden krijgt ${OUTCOME_LABELS[route]} door een ander signaal`,
    routed: true,
  }));
  const amounts = decided.map(({ signal }) => signal.arrears_amount).filter((amount): amount is number => amount !== null);
  const first = deciding.signal;
  const decision = deciding.decision;
  const result = decision.kind === 'none' ? decision.result : null;
  const item: NewCase = {
    id,
    household: first.household,
    period,
    status: route === 'none' ? 'closed' : 'new',
    route,
    rule_route: route,
    reason: trace(first, decision),
    decided_by_rule: RULE_SET_REF,
    decision_facts: {
      rule: RULE_SET_REF,
      decided_on: today,
      household_key: householdKey,
      settings: {
        minimum_months: settings.minMonthsInArrears,
        partner_minimums: Object.fromEntries(settings.partnerMinMonths),
        repeat_waiting_months: settings.repeatWaitingMonths,
        municipal_benefit_kinds: settings.municipalBenefitKinds,
        counted_debt_areas: settings.countedDebtAreas,
        known_client_route: settings.knownClientRoute,
      },
      lists: input.lists,
      signals: decided.map(({ signal, decision: own }) => ({
        id: signal.id,
        partner: signal.partner,
        months_in_arrears: signal.months_in_arrears,
        arrears_amount: signal.arrears_amount,
        match_status: signal.match_status,
        brp_situation: signal.brp_situation,
        has_minor_children: signal.has_minor_children,
        facts: signal.facts,
        decision: own.kind === 'route' ? { route: own.route, status: own.status, why: own.why } : own.kind === 'none' ? { route: 'none', status: own.status, why: own.why } : { wait: own.why },
      })),
    },
    has_minor_children: decided.some(({ signal }) => signal.has_minor_children === true) ? true : decided.every(({ signal }) => signal.has_minor_children === false) ? false : null,
    months_in_arrears: Math.max(...decided.map(({ signal }) => signal.months_in_arrears)),
    arrears_amount: amounts.length > 0 ? Math.round(amounts.reduce((total, amount) => total + amount, 0) * 100) / 100 : null,
    date_matched: today,
    result,
    date_closed: route === 'none' ? today : null,
    priority: null,
  };

  const taskKinds = new Set(decided.flatMap(({ decision: own }) => (own.kind === 'route' && own.route === route ? own.tasks : [])));
  const tasks: NewTask[] = [...taskKinds].sort().map((kind) => ({
    kind,
    task_key: `${kind}:case:${id}`,
    case: id,
    period,
    due_date: addDays(today, settings.overdueContactDays),
    description: TASK_DESCRIPTIONS[kind],
  }));

  let referral: NewReferral | null = null;
  if (route === 'amw') {
    const areas = new Set<string>();
    for (const { signal } of decided) for (const fact of signal.facts) if (fact.fact === 'debt_area' && counts(settings, fact.value)) areas.add(fact.value);
    referral = {
      id: input.newId(),
      case: id,
      target: 'amw',
      partner: input.amwPartner?.id ?? null,
      status: 'new',
      period,
      priority: null,
      ...first.person,
      living_situation: first.living_situation,
      debt_areas: [...areas].sort(),
    };
  }
  return { item, signals, tasks, referral };
}

function counts(settings: RoutingSettings, area: string): boolean {
  return settings.countedDebtAreas === null || settings.countedDebtAreas.some((counted) => sameKind(counted, area));
}
