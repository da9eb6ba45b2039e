/**
 * Step `amw-overview` (on the 11th, after `letters`): releases the period's referrals to AMW —
 * they get today as date_sent — as the core decides (core/casework/plan-amw-release.ts).
 * A referral is released once: the update only touches referrals still unsent and new, so a
 * repeat run or two runs at once release nothing twice.
 *
 * The overview document for AMW (Excel, issue 11) is made from the referrals released here:
 * `makeAmwOverviewDocument` is where it goes; today it makes none and the message says so.
 */
import type { Knex } from 'knex';
import { planAmwRelease, type ReferralReleaseFacts } from '../../core/casework/plan-amw-release.ts';
import { dbDates, readDbDate } from '../../extensions/src/lib/db-dates.ts';
import type { JobOutcome } from '../job-types.ts';

const CHUNK = 500;

export async function runAmwOverviewStep(knex: Knex, input: { period: string; today: string; dryRun: boolean; now: Date }): Promise<JobOutcome> {
  const { period, today, dryRun } = input;
  const rows = (await knex('referrals').select('id', 'target', 'period', 'status', 'date_sent').where({ target: 'amw', period }).orderBy([{ column: 'priority', order: 'asc' }, { column: 'id', order: 'asc' }])) as Array<Record<string, unknown>>;
  const referrals: ReferralReleaseFacts[] = rows.map((row) => ({
    id: String(row.id),
    target: (row.target as string | null) ?? null,
    period: (row.period as string | null) ?? null,
    status: (row.status as string | null) ?? null,
    date_sent: row.date_sent === null || row.date_sent === undefined || row.date_sent === '' ? null : readDbDate(row.date_sent as string | number | Date),
  }));
  const plan = planAmwRelease({ period, referrals });

  let released = 0;
  if (!dryRun) {
    const dates = dbDates(knex);
    for (let i = 0; i < plan.release.length; i += CHUNK) {
      released += Number(await knex('referrals')
        .whereIn('id', plan.release.slice(i, i + CHUNK))
        .whereNull('date_sent')
        .where({ status: 'new', target: 'amw' })
        .update({ date_sent: dates.date(today), date_updated: dates.timestamp(input.now) }));
    }
  }
  const document = dryRun ? null : await makeAmwOverviewDocument(knex, { period, today, released });
  const counts = { to_release: plan.release.length, released, already_sent: plan.alreadySent, not_releasable: plan.notReleasable, documents: document ? 1 : 0 };

  const referralsWord = (n: number) => `${n} ${n === 1 ? 'doorverwijzing' : 'doorverwijzingen'}`;
  const also = [
    plan.alreadySent ? `${referralsWord(plan.alreadySent)} had AMW al` : '',
    plan.notReleasable ? `${referralsWord(plan.notReleasable)} niet vrijgegeven (ingetrokken of al in behandeling)` : '',
  ].filter(Boolean).join('; ');
  const alsoText = also ? ` ${also.charAt(0).toUpperCase()}${also.slice(1)}.` : '';
  const noDocument = ' Het overzichtsdocument (Excel) voor AMW komt met de documentfunctie; AMW ziet de doorverwijzingen in de app.';
  if (dryRun) {
    return { message: `Proefrun: zou ${referralsWord(plan.release.length)} van ${period} vrijgeven aan AMW (verstuurd op ${today}); er is niets opgeslagen.${alsoText}`, counts };
  }
  const message = released
    ? `${referralsWord(released)} van ${period} vrijgegeven aan AMW (verstuurd op ${today}).${alsoText}${noDocument}`
    : `Geen nieuwe doorverwijzingen van ${period} voor AMW; er is niets vrijgegeven.${alsoText}`;
  return { message, counts };
}

/**
 * The overview for AMW of what was released (issue 11: rendered from a template, stored in
 * `documents` with kind `amw_overview`). Until then there is no document.
 */
async function makeAmwOverviewDocument(_knex: Knex, _input: { period: string; today: string; released: number }): Promise<{ id: string } | null> {
  return null;
}
