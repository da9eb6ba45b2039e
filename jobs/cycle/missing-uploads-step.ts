/**
 * Step `missing-uploads`: gathers the partners, the period's uploads and the tasks already
 * made, asks the core which tasks staff need (core/cycle/plan-upload-tasks.ts) and writes
 * them. The task key sits in a unique column, so a repeat — or two runs at the same moment —
 * adds nothing.
 */
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { planUploadTasks } from '../../core/cycle/plan-upload-tasks.ts';
import { dbDates } from '../../extensions/src/lib/db-dates.ts';
import type { JobOutcome } from '../job-types.ts';
import { readPartners, readUploads } from './read-cycle-facts.ts';

export async function runMissingUploadsStep(knex: Knex, input: { period: string; today: string; dryRun: boolean; now: Date }): Promise<JobOutcome> {
  const { period, today, dryRun } = input;
  const partners = await readPartners(knex);
  const uploads = await readUploads(knex, period);
  const existingTaskKeys = ((await knex('tasks').select('task_key').where({ period }).whereNotNull('task_key')) as Array<{ task_key: string }>).map((row) => row.task_key);
  const plan = planUploadTasks({ period, today, partners, uploads, existingTaskKeys });

  const missing = plan.tasks.filter((task) => task.kind === 'missing_upload').length;
  const small = plan.tasks.length - missing;
  let created = 0;
  if (!dryRun && plan.tasks.length) {
    const dates = dbDates(knex);
    for (const task of plan.tasks) {
      const inserted = (await knex('tasks')
        .insert({ id: randomUUID(), ...task, due_date: dates.date(task.due_date), status: 'open', case: null, date_created: dates.timestamp(input.now) }, ['id'])
        .onConflict('task_key')
        .ignore()) as unknown[];
      created += inserted.length;
    }
  }
  const counts = { missing_upload: missing, small_upload: small, created, already_there: plan.alreadyThere + (dryRun ? 0 : plan.tasks.length - created), inactive_partners: plan.skippedInactive };
  const notChased = plan.skippedInactive ? ` ${plan.skippedInactive} signaalpartner(s) niet actief in ${period}: niet nagevraagd.` : '';
  if (dryRun) {
    const message = plan.tasks.length
      ? `Proefrun: zou ${plan.tasks.length} ${plan.tasks.length === 1 ? 'taak' : 'taken'} maken voor ${period} (${missing} ontbrekende upload(s), ${small} opvallend kleine upload(s)); er is niets opgeslagen.${notChased}`
      : `Proefrun: geen nieuwe taken nodig voor ${period}; er is niets opgeslagen.${notChased}`;
    return { message, counts };
  }
  const message = created
    ? `${created} ${created === 1 ? 'taak' : 'taken'} gemaakt voor ${period}: ${missing} ontbrekende upload(s), ${small} opvallend kleine upload(s).${notChased}`
    : `Geen nieuwe taken voor ${period}: alle actieve signaalpartners hebben aangeleverd of hebben al een taak.${notChased}`;
  return { message, counts };
}
