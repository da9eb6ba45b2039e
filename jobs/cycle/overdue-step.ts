/**
 * Step `overdue` (daily): gathers the open cases, their first contact attempt (by anyone,
 * also AMW's on its referral) and the overdue tasks already made, asks the core which terms
 * ran out and which tasks are settled (core/casework/plan-overdue-tasks.ts), and writes that.
 * It watches every open case, whatever its period; the step's period only names the run.
 * The task key sits in a unique column, so a repeat — or two runs at once — adds nothing.
 */
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { overdueSettings, parseOverdueTaskKey, planOverdueTasks, type OpenOverdueTask, type OverdueCaseFacts } from '../../core/casework/plan-overdue-tasks.ts';
import { dbDates, readDbDate } from '../../extensions/src/lib/db-dates.ts';
import type { JobOutcome } from '../job-types.ts';
import { dutchDate } from '../../core/routing/dutch-date.ts';

/** SQLite refuses statements with too many bound values; ids go in by this many. */
const CHUNK = 500;
const CASE_FIELDS = ['id', 'period', 'status', 'route', 'date_matched', 'date_first_contact', 'date_first_talk'];

const asDate = (value: unknown): string | null => (value === null || value === undefined || value === '' ? null : readDbDate(value as string | number | Date));
const taken = (n: number) => `${n} ${n === 1 ? 'taak' : 'taken'}`;

export async function runOverdueStep(knex: Knex, input: { period: string; today: string; dryRun: boolean; now: Date }): Promise<JobOutcome> {
  const { today, dryRun } = input;
  const settings = overdueSettings((await knex('app_settings').select('overdue_contact_days', 'overdue_first_talk_days').first()) as { overdue_contact_days: number | null; overdue_first_talk_days: number | null } | undefined);

  const openCases = (await knex('cases')
    .select(CASE_FIELDS)
    .whereIn('route', ['municipality', 'amw'])
    .where((query) => query.whereNot('status', 'closed').orWhereNull('status'))) as Array<Record<string, unknown>>;
  const openTasks = (await knex('tasks').select('id', 'task_key').where({ kind: 'overdue', status: 'open' }).whereNotNull('task_key')) as OpenOverdueTask[];
  const existingTaskKeys = ((await knex('tasks').select('task_key').where({ kind: 'overdue' }).whereNotNull('task_key')) as Array<{ task_key: string }>).map((row) => row.task_key);

  // Cases that open tasks point at but that are no longer open: the planner settles those tasks.
  const seen = new Set(openCases.map((row) => String(row.id)));
  const missing = [...new Set(openTasks.map((task) => parseOverdueTaskKey(task.task_key)?.caseId).filter((id): id is string => !!id && !seen.has(id)))];
  const otherCases: Array<Record<string, unknown>> = [];
  for (let i = 0; i < missing.length; i += CHUNK) otherCases.push(...((await knex('cases').select(CASE_FIELDS).whereIn('id', missing.slice(i, i + CHUNK))) as Array<Record<string, unknown>>));

  const firstAttempts = await readFirstAttempts(knex);
  const cases: OverdueCaseFacts[] = [...openCases, ...otherCases].map((row) => ({
    id: String(row.id),
    period: (row.period as string | null) ?? null,
    status: (row.status as string | null) ?? null,
    route: (row.route as string | null) ?? null,
    date_matched: asDate(row.date_matched),
    date_first_contact: asDate(row.date_first_contact),
    date_first_talk: asDate(row.date_first_talk),
    first_attempt: firstAttempts.get(String(row.id)) ?? null,
  }));

  const plan = planOverdueTasks({ today, settings, cases, existingTaskKeys, openTasks });
  const noContact = plan.tasks.filter((task) => task.term === 'contact').length;
  const noTalk = plan.tasks.length - noContact;

  let created = 0;
  let settled = 0;
  if (!dryRun) {
    const dates = dbDates(knex);
    for (const task of plan.tasks) {
      const { term: _term, ...row } = task;
      const inserted = (await knex('tasks')
        .insert({ id: randomUUID(), ...row, due_date: dates.date(task.due_date), status: 'open', partner: null, date_created: dates.timestamp(input.now) }, ['id'])
        .onConflict('task_key')
        .ignore()) as unknown[];
      created += inserted.length;
    }
    for (const task of plan.resolve) {
      // Only a task still open: one staff closed meanwhile keeps who closed it.
      settled += Number(await knex('tasks').where({ id: task.id, status: 'open' }).update({ status: 'done', done_at: dates.timestamp(input.now), done_by: null }));
    }
  }

  const counts = {
    open_cases: openCases.length,
    no_contact: noContact,
    no_first_talk: noTalk,
    created,
    settled,
    to_settle: plan.resolve.length,
    already_there: plan.alreadyThere + (dryRun ? 0 : plan.tasks.length - created),
    without_decision_date: plan.withoutDecisionDate,
  };
  const terms = `${noContact} zonder contactpoging binnen ${settings.contactDays} dagen, ${noTalk} zonder eerste gesprek binnen ${settings.firstTalkDays} dagen`;
  const undated = plan.withoutDecisionDate ? ` ${plan.withoutDecisionDate} open ${plan.withoutDecisionDate === 1 ? 'zaak heeft' : 'zaken hebben'} geen beslisdatum: daarvoor telt geen termijn.` : '';
  const seenCases = `${openCases.length} open ${openCases.length === 1 ? 'zaak' : 'zaken'} bekeken (stand ${dutchDate(today)})`;
  if (dryRun) {
    return {
      message: `Proefrun: ${seenCases}; zou ${taken(plan.tasks.length)} maken (${terms}) en ${taken(plan.resolve.length)} afronden omdat de termijn alsnog is gehaald of de zaak is afgesloten; er is niets opgeslagen.${undated}`,
      counts,
    };
  }
  const message = created || settled
    ? `${seenCases}: ${taken(created)} gemaakt (${terms}); ${taken(settled)} afgerond omdat de termijn alsnog is gehaald of de zaak is afgesloten.${undated}`
    : `${seenCases}: geen nieuwe verlopen termijnen${plan.alreadyThere ? ` (${plan.alreadyThere} al eerder als taak gemeld)` : ''}, niets afgerond.${undated}`;
  return { message: message.charAt(0).toUpperCase() + message.slice(1), counts };
}

/** Per case, the date of its earliest contact attempt, on the case or on one of its referrals (AMW). */
async function readFirstAttempts(knex: Knex): Promise<Map<string, string>> {
  const caseOf = knex.raw('coalesce(??, ??)', ['attempt.case', 'referral.case']);
  const rows = (await knex('contact_attempts as attempt')
    .leftJoin('referrals as referral', 'referral.id', 'attempt.referral')
    .select({ case_id: caseOf })
    .min({ first: 'attempt.date' })
    .whereNotNull('attempt.date')
    .groupBy(caseOf)) as Array<{ case_id: string | null; first: unknown }>;
  const first = new Map<string, string>();
  for (const row of rows) {
    const date = asDate(row.first);
    if (row.case_id && date) first.set(String(row.case_id), date);
  }
  return first;
}
