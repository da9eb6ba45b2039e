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
import { addAttentionReason } from '../../core/casework/referral-work.ts';
import { routingSettingsFrom } from '../../core/routing/routing-settings.ts';
import { chunks } from '../../extensions/src/lib/chunks.ts';
import { dbDates, readDbDate } from '../../extensions/src/lib/db-dates.ts';
import type { JobOutcome } from '../job-types.ts';

export async function runAmwOverviewStep(knex: Knex, input: { period: string; today: string; dryRun: boolean; now: Date }): Promise<JobOutcome> {
  const { period, today, dryRun } = input;
  const rows = (await knex('referrals as r').leftJoin('cases as c', 'c.id', 'r.case').select('r.id', 'r.target', 'r.period', 'r.status', 'r.date_sent', 'r.case', 'c.overridden_at').where({ 'r.target': 'amw', 'r.period': period }).orderBy([{ column: 'r.priority', order: 'asc' }, { column: 'r.id', order: 'asc' }])) as Array<Record<string, unknown>>;
  const benefits = await benefitsByCase(knex, rows.map((row) => row.case).filter((id): id is string => typeof id === 'string'));
  const referrals: ReferralReleaseFacts[] = rows.map((row) => ({
    id: String(row.id),
    target: (row.target as string | null) ?? null,
    period: (row.period as string | null) ?? null,
    status: (row.status as string | null) ?? null,
    date_sent: row.date_sent === null || row.date_sent === undefined || row.date_sent === '' ? null : readDbDate(row.date_sent as string | number | Date),
    case: (row.case as string | null) ?? null,
    benefits: benefits.get(String(row.case)) ?? [],
    overridden: row.overridden_at !== null && row.overridden_at !== undefined,
  }));
  const settings = routingSettingsFrom((await knex('app_settings').select('municipal_benefit_kinds').first()) as Record<string, unknown> | undefined);
  const plan = planAmwRelease({ period, referrals, municipalBenefitKinds: settings.municipalBenefitKinds });

  let released = 0;
  if (!dryRun) {
    const dates = dbDates(knex);
    for (const batch of chunks(plan.release)) {
      released += Number(await knex('referrals')
        .whereIn('id', batch)
        .whereNull('date_sent')
        .where({ status: 'new', target: 'amw' })
        .update({ date_sent: dates.date(today), date_updated: dates.timestamp(input.now) }));
    }
  }
  if (!dryRun) await holdBack(knex, plan.held, input.now);
  const document = dryRun ? null : await makeAmwOverviewDocument(knex, { period, today, released });
  const counts = { to_release: plan.release.length, released, already_sent: plan.alreadySent, not_releasable: plan.notReleasable, held: plan.held.length, documents: document ? 1 : 0 };

  const referralsWord = (n: number) => `${n} ${n === 1 ? 'doorverwijzing' : 'doorverwijzingen'}`;
  const also = [
    plan.alreadySent ? `${referralsWord(plan.alreadySent)} had AMW al` : '',
    plan.notReleasable ? `${referralsWord(plan.notReleasable)} niet vrijgegeven (ingetrokken of al in behandeling)` : '',
    plan.held.length ? `${referralsWord(plan.held.length)} aangehouden: de zaak toont nu een uitkering van de gemeente (route controleren; de zaak heeft aandacht)` : '',
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

/** Benefit facts on the signals of each case (the current lists), for the last check before AMW. */
async function benefitsByCase(knex: Knex, cases: string[]): Promise<Map<string, Array<{ value: string; source_date: string }>>> {
  const found = new Map<string, Array<{ value: string; source_date: string }>>();
  for (const ids of chunks(cases)) {
    const rows = (await knex('signal_facts as f').join('signals as s', 's.id', 'f.signal').select('s.case', 'f.value', 'f.source_date').whereIn('s.case', ids).where('f.fact', 'benefit')) as Array<Record<string, unknown>>;
    for (const row of rows) {
      const list = found.get(String(row.case)) ?? [];
      list.push({ value: String(row.value), source_date: readDbDate(row.source_date as string | number | Date) });
      found.set(String(row.case), list);
    }
  }
  return found;
}

/** A held referral's case gets the reason as attention, once. */
async function holdBack(knex: Knex, held: Array<{ case: string | null; attention: string }>, now: Date): Promise<void> {
  const dates = dbDates(knex);
  for (const { case: id, attention } of held) {
    if (!id) continue;
    const row = (await knex('cases').select('attention_reason').where({ id }).first()) as { attention_reason: string | null } | undefined;
    if (!row || (row.attention_reason ?? '').includes(attention)) continue;
    await knex('cases').update({ attention: true, attention_reason: addAttentionReason(row.attention_reason, attention), date_updated: dates.timestamp(now) }).where({ id });
  }
}
