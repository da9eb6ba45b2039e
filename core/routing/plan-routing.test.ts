import { describe, expect, it } from 'vitest';
import { planRouting, routingDeadline, type RoutingInput } from './plan-routing.ts';
import type { ExistingCase } from './routing-input.ts';
import { DEFAULT_ROUTING_SETTINGS, routingSettingsFrom } from './routing-settings.ts';
import { benefit, debtArea, knownAtDebtServices, routingSignal } from './test-signal.ts';

function input(overrides: Partial<RoutingInput> = {}): RoutingInput {
  let next = 0;
  return {
    period: '2026-11',
    today: '2026-12-03',
    settings: DEFAULT_ROUTING_SETTINGS,
    lists: { benefits: '2026-11-01', debt_services: '2026-11-01' },
    signals: [],
    householdCases: [],
    periodCases: [],
    amwPartner: { id: 9, name: 'AMW Midden-Limburg' },
    newId: () => `new-${(next += 1)}`,
    ...overrides,
  };
}

const openCase = (o: Partial<ExistingCase> & { id: string }): ExistingCase => ({
  household: 'h-1', household_key: 'H1', period: '2026-10', route: 'amw', status: 'picked_up', months_in_arrears: 2, arrears_amount: 800, has_minor_children: false, attention_reason: null, first_signal: null, ...o,
});

describe('planRouting', () => {
  it('gives each household one case, the strongest route winning, and one referral for AMW', () => {
    const plan = planRouting(input({
      signals: [
        routingSignal({ id: 'a1', household_key: 'H1', household: 'h-1', months_in_arrears: 2 }),
        routingSignal({ id: 'a2', household_key: 'H1', household: 'h-1', partner: 2, partner_name: 'WML', months_in_arrears: 1, arrears_amount: 80, facts: [debtArea('Water')] }),
        routingSignal({ id: 'b1', household_key: 'H2', household: 'h-2', facts: [benefit()] }),
        routingSignal({ id: 'b2', household_key: 'H2', household: 'h-2', partner: 2, facts: [] }),
        routingSignal({ id: 'c1', household_key: 'H3', household: 'h-3', brp_situation: 'deceased' }),
      ],
    }));
    expect(plan.cases.map((c) => [c.household, c.route, c.status])).toEqual([['h-1', 'amw', 'new'], ['h-2', 'municipality', 'new'], ['h-3', 'none', 'closed']]);
    expect(plan.cases[0]).toMatchObject({ months_in_arrears: 2, arrears_amount: 1280, decided_by_rule: 'huurschuld-convenant@1', rule_route: 'amw', date_matched: '2026-12-03', result: null });
    expect(plan.cases[2]).toMatchObject({ result: 'Inwoner is overleden', date_closed: '2026-12-03', priority: null });
    expect(plan.cases[1]!.reason).toBe('Uitkering Participatiewet volgens de uitkeringslijst van 1 november 2026 → uitnodiging gemeente (regisseur schulddienstverlening en regisseur participatie) (regel huurschuld-convenant v1, geen minimum)');
    expect(plan.referrals).toHaveLength(1);
    expect(plan.referrals[0]).toMatchObject({ case: plan.cases[0]!.id, partner: 9, target: 'amw', status: 'new', surname: 'Jansen', living_situation: 'alleenstaand', debt_areas: ['Water'], period: '2026-11' });
    expect(plan.tasks).toEqual([expect.objectContaining({ kind: 'rent_withholding', case: plan.cases[1]!.id, task_key: `rent_withholding:case:${plan.cases[1]!.id}`, due_date: '2026-12-17' })]);
    const b2 = plan.signals.find((s) => s.id === 'b2')!;
    expect(b2).toMatchObject({ case: plan.cases[1]!.id, status: 'Opgepakt' });
    expect(b2.route_trace).toMatch(/het huishouden krijgt uitnodiging gemeente/);
    expect(plan.counts).toMatchObject({ municipality: 1, amw: 1, none: 1, referrals: 1, tasks: 1, waiting: 0 });
  });

  it('lets the whole household wait while one signal waits for the review, until the deadline', () => {
    const signals = [
      routingSignal({ id: 'a1', household_key: 'H1' }),
      routingSignal({ id: 'a2', household_key: 'H1', match_status: 'ambiguous', brp_situation: null }),
    ];
    const before = planRouting(input({ signals, today: '2026-12-08' }));
    expect(before.cases).toEqual([]);
    expect(before.signals.map((s) => [s.id, s.case, s.routed])).toEqual([['a1', null, false], ['a2', null, false]]);
    expect(before.signals[0]!.route_trace).toMatch(/ander signaal van hetzelfde huishouden/);
    expect(before.deadline).toBe('2026-12-09');
    const at = planRouting(input({ signals, today: '2026-12-09' }));
    expect(at.cases.map((c) => c.route)).toEqual(['municipality']);
    expect(at.referrals).toEqual([]);
    expect(at.cases[0]!.reason).toMatch(/zonder uitkeringscontrole niet naar AMW/);
  });

  it('settles every waiting signal before the deadline when the feedback step asks, dated today', () => {
    const signals = [
      routingSignal({ id: 'a1', household_key: 'H1', match_status: 'ambiguous', brp_situation: null }),
      routingSignal({ id: 'b1', household_key: 'H2', created_at: '2026-11-20T10:00:00.000Z' }),
    ];
    const lists = { benefits: '2026-11-01', debt_services: '2026-11-01', benefits_loaded_at: '2026-11-02T08:00:00.000Z' };
    const waiting = planRouting(input({ signals, lists, today: '2026-12-03' }));
    expect(waiting.counts.waiting).toBe(2);
    const settled = planRouting(input({ signals, lists, today: '2026-12-03', settleWaiting: true }));
    expect(settled.counts).toMatchObject({ waiting: 0, municipality: 2, amw: 0 });
    expect(settled.cases.map((c) => c.date_matched)).toEqual(['2026-12-03', '2026-12-03']);
    expect(settled.cases.map((c) => c.reason)).toEqual([expect.stringMatching(/BRP-koppeling niet vastgesteld vóór de terugkoppeling/), expect.stringMatching(/Uitkering niet te controleren vóór de terugkoppeling/)]);
  });

  it('joins an open case of an earlier period: no new case, no referral; grown arrears raise attention', () => {
    const plan = planRouting(input({
      signals: [routingSignal({ id: 'r1', household_key: 'H1', household: 'h-1', months_in_arrears: 3, arrears_amount: 1500 })],
      householdCases: [openCase({ id: 'old' })],
    }));
    expect(plan.cases).toEqual([]);
    expect(plan.referrals).toEqual([]);
    expect(plan.joins).toEqual([{ id: 'old', months_in_arrears: 3, arrears_amount: 1500, has_minor_children: false, attention_reason: 'Achterstand opgelopen van 2 maanden naar 3 maanden (signaal 2026-11 van Wonen Limburg)' }]);
    expect(plan.signals[0]).toMatchObject({ case: 'old', status: 'Niet opgepakt: herhaalde melding', routed: true });
    expect(plan.signals[0]!.route_trace).toMatch(/voegt zich bij de zaak van 2026-10 \(herhaald signaal binnen de wachttermijn van 3 maanden; geen nieuwe zaak en geen nieuwe brief/);
  });

  it('joins without attention when the arrears did not grow', () => {
    const plan = planRouting(input({ signals: [routingSignal({ id: 'r1', household_key: 'H1', months_in_arrears: 2 })], householdCases: [openCase({ id: 'old' })] }));
    expect(plan.joins[0]!.attention_reason).toBeNull();
  });

  it('still joins after the waiting period, but says so', () => {
    const plan = planRouting(input({ signals: [routingSignal({ id: 'r1', household_key: 'H1' })], householdCases: [openCase({ id: 'old', period: '2026-06' })] }));
    expect(plan.joins[0]!.attention_reason).toMatch(/na de wachttermijn van 3 maanden nog openstaat/);
  });

  it('flags new facts that point to another route instead of rerouting', () => {
    const plan = planRouting(input({ signals: [routingSignal({ id: 'r1', household_key: 'H1', facts: [benefit()] })], householdCases: [openCase({ id: 'old', route: 'amw' })] }));
    expect(plan.joins[0]!.attention_reason).toMatch(/wijst naar uitnodiging gemeente.*route controleren/);
    expect(plan.tasks).toEqual([]);
  });

  it('opens a new case after the earlier one closed', () => {
    const plan = planRouting(input({ signals: [routingSignal({ id: 'r1', household_key: 'H1', household: 'h-1' })], householdCases: [openCase({ id: 'old', status: 'closed' })] }));
    expect(plan.joins).toEqual([]);
    expect(plan.cases.map((c) => c.route)).toEqual(['amw']);
  });

  it('joins this period\'s case of the household (a late water signal), summing the amount', () => {
    const plan = planRouting(input({
      signals: [routingSignal({ id: 'w1', household_key: 'H1', partner: 2, partner_name: 'WML', months_in_arrears: 1, arrears_amount: 100 })],
      householdCases: [openCase({ id: 'same', period: '2026-11', status: 'new' })],
      periodCases: [{ ...openCase({ id: 'same', period: '2026-11', status: 'new' }), priority: 1 }],
    }));
    expect(plan.joins).toEqual([{ id: 'same', months_in_arrears: 2, arrears_amount: 900, has_minor_children: false, attention_reason: null }]);
    expect(plan.signals[0]).toMatchObject({ case: 'same', status: 'Opgepakt' });
    expect(plan.priorities).toEqual([]);
  });

  it('never joins a closed case, not even this period\'s: a later signal at the address gets its own decision', () => {
    const plan = planRouting(input({
      signals: [routingSignal({ id: 'w2', household_key: 'H1', household: 'h-1' })],
      householdCases: [openCase({ id: 'moved-out', period: '2026-11', status: 'closed', route: 'none' })],
    }));
    expect(plan.joins).toEqual([]);
    expect(plan.cases.map((c) => [c.household, c.route])).toEqual([['h-1', 'amw']]);
  });

  it('inform_case_manager for a known client without a benefit; municipality by setting', () => {
    const signals = [routingSignal({ id: 'k1', facts: [knownAtDebtServices()] })];
    expect(planRouting(input({ signals })).tasks.map((t) => t.kind)).toEqual(['inform_case_manager']);
    const local = planRouting(input({ signals, settings: routingSettingsFrom({ known_client_route: 'municipality' }) }));
    expect(local.cases[0]!.route).toBe('municipality');
    expect(local.signals[0]!.status).toBe('Inwoner al bekend bij schuldhulpverlening');
    expect(local.tasks).toEqual([]);
  });

  it('passes only the debt areas that count to AMW', () => {
    const signals = [routingSignal({ id: 'd1', facts: [debtArea('Water'), debtArea('Energie', 'energy'), debtArea('Zorgverzekering', 'health_insurance')] })];
    expect(planRouting(input({ signals })).referrals[0]!.debt_areas).toEqual(['Energie', 'Water', 'Zorgverzekering']);
    expect(planRouting(input({ signals, settings: routingSettingsFrom({ counted_debt_areas: ['water'] }) })).referrals[0]!.debt_areas).toEqual(['Water']);
  });

  it('counts a referral without an AMW organisation', () => {
    const plan = planRouting(input({ signals: [routingSignal({ id: 'x' })], amwPartner: null }));
    expect(plan.referrals[0]!.partner).toBeNull();
    expect(plan.counts.amwWithoutPartner).toBe(1);
  });

  it('ranks the whole period: children first, then months, then amount; only changed existing ranks', () => {
    const plan = planRouting(input({
      signals: [
        routingSignal({ id: 'n1', household_key: 'A', months_in_arrears: 4 }),
        routingSignal({ id: 'n2', household_key: 'B', has_minor_children: true, months_in_arrears: 1 }),
        routingSignal({ id: 'n3', household_key: 'C', brp_situation: 'emigrated' }),
      ],
      periodCases: [
        { ...openCase({ id: 'e1', household_key: 'D', period: '2026-11', months_in_arrears: 3 }), priority: 1 },
        { ...openCase({ id: 'e2', household_key: 'E', period: '2026-11', months_in_arrears: 1, arrears_amount: 10 }), priority: 2 },
      ],
    }));
    expect(plan.cases.map((c) => [c.household, c.priority])).toEqual([['h-n1', 2], ['h-n2', 1], ['h-n3', null]]);
    expect(plan.referrals.map((r) => r.priority)).toEqual([2, 1]);
    expect(plan.priorities).toEqual([{ case: 'e1', priority: 3 }, { case: 'e2', priority: 4 }]);
  });

  it('decides the same for any input order of the signals', () => {
    const signals = Array.from({ length: 30 }, (_, i) => routingSignal({ id: `s${String(i).padStart(2, '0')}`, household_key: `H${i % 12}`, months_in_arrears: 1 + (i % 4), facts: i % 5 === 0 ? [benefit()] : [], has_minor_children: i % 3 === 0 }));
    const strip = (plan: ReturnType<typeof planRouting>) => ({ cases: plan.cases.map((c) => [c.household, c.route, c.priority, c.reason]), signals: [...plan.signals].sort((a, b) => a.id.localeCompare(b.id)).map((s) => [s.id, s.status, s.route_trace]) });
    expect(strip(planRouting(input({ signals: [...signals].reverse() })))).toEqual(strip(planRouting(input({ signals }))));
  });

  it('puts the deadline on the day before the feedback day', () => {
    expect(routingDeadline('2026-11', 10)).toBe('2026-12-09');
    expect(routingDeadline('2026-12', 1)).toBe('2027-01-01');
  });
});
