/**
 * Step `route`: the covenant's decision for every signal of the period that has no case yet
 * (core/routing/plan-routing.ts), written in one transaction: cases, signal statuses and
 * traces, referrals to AMW, tasks, and the period's priority ranks. Decisions already made —
 * and routes a person overrode — are never touched: a re-run only sees signals without a
 * case, so running it twice changes nothing.
 */
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { planRouting, type RoutingPlan } from '../../core/routing/plan-routing.ts';
import { dutchDate } from '../../core/routing/dutch-date.ts';
import { chunks } from '../../extensions/src/lib/chunks.ts';
import { dbDates } from '../../extensions/src/lib/db-dates.ts';
import type { JobOutcome } from '../job-types.ts';
import { readHouseholdCases, readPeriodCases, readRoutingContext, readUnroutedSignals } from './read-routing-input.ts';

export interface RouteStepInput {
  period: string;
  today: string;
  dryRun: boolean;
  now: Date;
  /** Route every waiting signal now, as at the feedback deadline (the feedback step's first part). */
  settleWaiting?: boolean;
}

export async function planPeriodRouting(knex: Knex, input: { period: string; today: string; settleWaiting?: boolean }): Promise<RoutingPlan> {
  const context = await readRoutingContext(knex);
  const signals = await readUnroutedSignals(knex, input.period, context.partnerNames, input.today);
  const households = signals.map((signal) => signal.household).filter((id): id is string => id !== null);
  return planRouting({
    period: input.period,
    today: input.today,
    settings: context.settings,
    lists: context.lists,
    signals,
    householdCases: await readHouseholdCases(knex, input.period, households),
    periodCases: await readPeriodCases(knex, input.period),
    amwPartner: context.amwPartner,
    newId: randomUUID,
    settleWaiting: input.settleWaiting === true,
  });
}

export async function runRouteStep(knex: Knex, input: RouteStepInput): Promise<JobOutcome> {
  const { period, dryRun } = input;
  const plan = await planPeriodRouting(knex, input);
  const { counts } = plan;
  const routed = counts.municipality + counts.amw + counts.none;
  const summary = `${counts.municipality} naar de gemeente, ${counts.amw} naar AMW, ${counts.none} niet uitnodigen, ${counts.joined} signaal/signalen bij een bestaande zaak, ${counts.waiting} wachten (op de BRP-koppeling of een uitkeringslijst)`;
  const warning = counts.amwWithoutPartner ? ` Let op: er is geen actieve organisatie voor maatschappelijk werk (signaalpartner met rol "Maatschappelijk werk"); ${counts.amwWithoutPartner} doorverwijzing(en) hebben nog geen ontvanger.` : '';
  const waiting = counts.waiting ? ` Wachtende signalen gaan uiterlijk ${dutchDate(plan.deadline)} naar de gemeente.` : '';
  const outcomeCounts = { ...counts, cases: routed, priorities_changed: plan.priorities.length };
  if (dryRun) {
    const byPriority = [...plan.cases].sort((a, b) => (a.priority ?? Infinity) - (b.priority ?? Infinity));
    const lines = byPriority.slice(0, 25).map((item) => `  - ${item.priority ? `prioriteit ${item.priority}` : 'geen prioriteit'}: ${item.reason}`);
    const more = plan.cases.length > lines.length ? [`  … en ${plan.cases.length - lines.length} meer`] : [];
    return { message: [`Proefrun routering ${period}: zou ${routed} nieuwe zaak/zaken maken — ${summary}; er is niets opgeslagen.${waiting}${warning}`, ...lines, ...more].join('\n'), counts: outcomeCounts };
  }
  await writeRoutingPlan(knex, plan, input.now);
  const message = routed || counts.joined
    ? `Routering ${period}: ${routed} nieuwe zaak/zaken — ${summary}; ${counts.referrals} doorverwijzing(en) voor AMW en ${counts.tasks} ta(a)k(en) klaargezet.${waiting}${warning}`
    : `Routering ${period}: geen nieuwe signalen om te routeren${counts.waiting ? ` (${counts.waiting} wachten op de BRP-koppeling of een uitkeringslijst)` : ''}.${waiting}`;
  return { message, counts: outcomeCounts };
}

async function writeRoutingPlan(knex: Knex, plan: RoutingPlan, now: Date): Promise<void> {
  const dates = dbDates(knex);
  const stamp = dates.timestamp(now);
  await knex.transaction(async (trx) => {
    for (const batch of chunks(plan.cases, 200)) {
      await trx('cases').insert(batch.map((item) => ({
        ...item,
        decision_facts: JSON.stringify(item.decision_facts),
        date_matched: dates.date(item.date_matched),
        date_closed: dates.date(item.date_closed),
        attention: false,
        rent_withholding_consent: false,
        date_created: stamp,
        date_updated: stamp,
      })));
    }
    for (const signal of plan.signals) {
      const update: Record<string, unknown> = { route_trace: signal.route_trace };
      if (signal.routed) Object.assign(update, { case: signal.case, status: signal.status, routed_at: stamp, date_updated: stamp });
      // A waiting signal's trace is rewritten only when it changed: a re-run writes nothing.
      const query = trx('signals').update(update).where({ id: signal.id }).whereNull('case');
      if (!signal.routed) query.andWhere((same) => same.whereNot('route_trace', signal.route_trace).orWhereNull('route_trace'));
      await query;
    }
    for (const join of plan.joins) {
      const update: Record<string, unknown> = { months_in_arrears: join.months_in_arrears, arrears_amount: join.arrears_amount, has_minor_children: join.has_minor_children, date_updated: stamp };
      if (join.attention_reason) Object.assign(update, { attention: true, attention_reason: join.attention_reason });
      await trx('cases').update(update).where({ id: join.id });
    }
    for (const batch of chunks(plan.referrals, 200)) {
      await trx('referrals').insert(batch.map((referral) => ({
        ...referral,
        debt_areas: JSON.stringify(referral.debt_areas),
        birth_date: dates.date(referral.birth_date || null),
        date_created: stamp,
        date_updated: stamp,
      })));
    }
    for (const task of plan.tasks) {
      await trx('tasks').insert({ id: randomUUID(), ...task, status: 'open', partner: null, due_date: dates.date(task.due_date), date_created: stamp }).onConflict('task_key').ignore();
    }
    for (const { case: id, priority } of plan.priorities) {
      await trx('cases').update({ priority }).where({ id });
      await trx('referrals').update({ priority }).where({ case: id });
    }
  });
}
