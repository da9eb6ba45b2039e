/**
 * Step `amw-overview` (on the 11th, after `letters`): releases the period's referrals to AMW —
 * they get today as date_sent — as the core decides (core/casework/plan-amw-release.ts).
 * A referral is released once: the update only touches referrals still unsent and new, so a
 * repeat run or two runs at once release nothing twice.
 *
 * Then each AMW organisation with referrals in the period gets its overview (Excel, issue 11:
 * exactly the art. 12.3 fields, priority order, only households whose advance notice was sent
 * and who did not object), stored as a file only its users may download, recorded in
 * `documents` (kind amw_overview) and announced to its users — see makeAmwOverviewDocument.
 */
import { dutchDate } from '../../core/routing/dutch-date.ts';
import type { Knex } from 'knex';
import { AMW_OVERVIEW_COLUMNS, buildAmwOverviewRows, type CaseLetter, type OverviewReferral } from '../../core/documents/amw-overview-rows.ts';
import { overviewSummary } from '../../core/documents/export-notice.ts';
import { planAmwRelease, type ReferralReleaseFacts } from '../../core/casework/plan-amw-release.ts';
import { addAttentionReason } from '../../core/casework/referral-work.ts';
import { routingSettingsFrom } from '../../core/routing/routing-settings.ts';
import { chunks } from '../../extensions/src/lib/chunks.ts';
import { dbDates, readDbDate } from '../../extensions/src/lib/db-dates.ts';
import type { JobLog, JobOutcome, WorkerDirectusApi } from '../job-types.ts';
import { storeExportDocument } from './store-export-document.ts';
import { tenantFieldsOf } from './read-tenant-fields.ts';
import { readCaseObjections } from './read-objections.ts';

export async function runAmwOverviewStep(knex: Knex, input: { period: string; today: string; dryRun: boolean; now: Date }, services: { directus: WorkerDirectusApi; log: JobLog }): Promise<JobOutcome> {
  const { period, today, dryRun } = input;
  const rows = (await knex('referrals as r').leftJoin('cases as c', 'c.id', 'r.case').select('r.id', 'r.target', 'r.period', 'r.status', 'r.date_sent', 'r.case', 'c.overridden_at').where({ 'r.target': 'amw', 'r.period': period }).orderBy([{ column: 'r.priority', order: 'asc' }, { column: 'r.id', order: 'asc' }])) as Array<Record<string, unknown>>;
  const caseIds = rows.map((row) => row.case).filter((id): id is string => typeof id === 'string');
  const benefits = await benefitsByCase(knex, caseIds);
  const noticed = await casesWithAdvanceNotice(knex, caseIds);
  const referrals: ReferralReleaseFacts[] = rows.map((row) => ({
    id: String(row.id),
    target: (row.target as string | null) ?? null,
    period: (row.period as string | null) ?? null,
    status: (row.status as string | null) ?? null,
    date_sent: row.date_sent === null || row.date_sent === undefined || row.date_sent === '' ? null : readDbDate(row.date_sent as string | number | Date),
    case: (row.case as string | null) ?? null,
    benefits: benefits.get(String(row.case)) ?? [],
    overridden: row.overridden_at !== null && row.overridden_at !== undefined,
    advance_notice_sent: noticed.has(String(row.case)),
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
  const documents = dryRun ? null : await makeAmwOverviewDocument({ knex, ...services, now: input.now }, { period, today });
  const counts = { to_release: plan.release.length, released, already_sent: plan.alreadySent, not_releasable: plan.notReleasable, held: plan.held.length, awaiting_notice: plan.awaitingNotice.length, documents: documents?.documents ?? 0, overview_rows: documents?.rows ?? 0, documents_unchanged: documents?.unchanged ?? 0, notified: documents?.notified ?? 0 };

  const referralsWord = (n: number) => `${n} ${n === 1 ? 'doorverwijzing' : 'doorverwijzingen'}`;
  const also = [
    plan.alreadySent ? `${referralsWord(plan.alreadySent)} had AMW al` : '',
    plan.notReleasable ? `${referralsWord(plan.notReleasable)} niet vrijgegeven (ingetrokken of al in behandeling)` : '',
    plan.awaitingNotice.length ? `${referralsWord(plan.awaitingNotice.length)} niet vrijgegeven: de vooraankondiging is nog niet verstuurd (stap Brieven; AMW krijgt niemand die de brief niet kreeg). Start deze stap opnieuw nadat de brieven zijn gemaakt` : '',
    plan.held.length ? `${referralsWord(plan.held.length)} aangehouden: de zaak toont nu een uitkering van de gemeente (route controleren; de zaak heeft aandacht)` : '',
  ].filter(Boolean).join('; ');
  const alsoText = also ? ` ${also.charAt(0).toUpperCase()}${also.slice(1)}.` : '';
  const documentText = documents?.text ?? '';
  if (dryRun) {
    return { message: `Proefrun: zou ${referralsWord(plan.release.length)} van ${period} vrijgeven aan AMW (verstuurd op ${dutchDate(today)}); er is niets opgeslagen.${alsoText}`, counts };
  }
  const message = released
    ? `${referralsWord(released)} van ${period} vrijgegeven aan AMW (verstuurd op ${dutchDate(today)}).${alsoText}${documentText}`
    : `Geen nieuwe doorverwijzingen van ${period} voor AMW; er is niets vrijgegeven.${alsoText}${documentText}`;
  return { message, counts };
}

/**
 * The overview for each AMW organisation with referrals in the period (issue 11): the rows
 * from core/documents/amw-overview-rows.ts (released, not withdrawn, advance notice sent, no
 * objection), one XLSX per organisation with `partner` set, a `documents` row of kind
 * amw_overview and a notification for its users. Made again on a repeat run, it is stored
 * only when its contents changed (store-export-document.ts).
 */
async function makeAmwOverviewDocument(context: { knex: Knex; directus: WorkerDirectusApi; log: JobLog; now: Date }, input: { period: string; today: string }): Promise<{ documents: number; rows: number; unchanged: number; notified: number; text: string }> {
  const { knex } = context;
  const { period } = input;
  const organisations = (await knex('signal_partners as p').select('p.id', 'p.name').whereIn('p.id', knex('referrals').select('partner').where({ target: 'amw', period }).whereNotNull('partner')).orderBy('p.id')) as Array<{ id: number | string; name: string }>;
  if (organisations.length === 0) return { documents: 0, rows: 0, unchanged: 0, notified: 0, text: '' };
  const referrals = await readOverviewReferrals(knex, period, input.today);
  const letters = await readCaseLetters(knex, referrals.map((referral) => referral.case).filter((id): id is string => id !== null));
  const result = { documents: 0, rows: 0, unchanged: 0, notified: 0, excluded: 0, notifyFailed: 0 };
  for (const organisation of organisations) {
    const partner = { id: Number(organisation.id), name: String(organisation.name) };
    const { rows, excluded } = buildAmwOverviewRows({ organisation: partner.id, period, referrals, letters });
    const stored = await storeExportDocument(context, { kind: 'amw_overview', partner, period, columns: AMW_OVERVIEW_COLUMNS, rows, summary: overviewSummary(rows.length, excluded) });
    result.documents += 1;
    result.rows += rows.length;
    result.excluded += excluded.length;
    result.notified += stored.notified;
    if (stored.outcome === 'unchanged') result.unchanged += 1;
    if (stored.notifyFailed) result.notifyFailed += 1;
  }
  const unchanged = result.unchanged ? ` (${result.unchanged} ongewijzigd, al eerder gemaakt)` : '';
  const excluded = result.excluded ? ` ${result.excluded} doorverwijzing(en) niet opgenomen (nog niet vrijgegeven, ingetrokken, zonder verstuurde vooraankondiging of met bezwaar).` : '';
  const failed = result.notifyFailed ? ` De melding aan de gebruikers van ${result.notifyFailed} organisatie(s) is mislukt; het overzicht staat wel klaar.` : '';
  const text = ` Overzicht voor AMW: ${result.documents} bestand(en)${unchanged} met samen ${result.rows} huishouden(s); ${result.notified} gebruiker(s) kregen een melding.${excluded}${failed}`;
  return { documents: result.documents, rows: result.rows, unchanged: result.unchanged, notified: result.notified, text };
}

/** The period's AMW referrals with the art. 12.3 fields and what decides whether they are in the overview. */
async function readOverviewReferrals(knex: Knex, period: string, today: string): Promise<OverviewReferral[]> {
  const rows = (await knex('referrals')
    .select('id', 'case', 'target', 'partner', 'period', 'status', 'date_sent', 'priority', 'initials', 'name_prefix', 'surname', 'birth_date', 'street', 'house_number', 'house_letter', 'house_number_addition', 'postcode', 'city', 'phone', 'living_situation', 'debt_areas')
    .where({ target: 'amw', period })) as Array<Record<string, unknown>>;
  const text = (value: unknown): string | null => (value === null || value === undefined || value === '' ? null : String(value));
  const date = (value: unknown): string | null => (value === null || value === undefined || value === '' ? null : readDbDate(value as string | number | Date));
  const objections = await readCaseObjections(knex, rows.map((row) => text(row.case)).filter((id): id is string => id !== null), today);
  return rows.map((row) => ({
    id: String(row.id),
    case: text(row.case),
    target: String(row.target),
    partner: row.partner === null || row.partner === undefined ? null : Number(row.partner),
    period: String(row.period),
    status: String(row.status ?? ''),
    date_sent: date(row.date_sent),
    priority: row.priority === null || row.priority === undefined ? null : Number(row.priority),
    // The household's objection in force today (issue 12): AMW gets none of its data.
    objection: objections.get(String(row.case)) ?? null,
    ...tenantFieldsOf(row),
    birth_date: date(row.birth_date),
    living_situation: text(row.living_situation),
    debt_areas: debtAreas(row.debt_areas),
  }));
}

/** A JSON column: text on SQLite, already parsed on PostgreSQL. */
function debtAreas(value: unknown): string[] | null {
  const parsed = typeof value === 'string' ? (() => { try { return JSON.parse(value) as unknown; } catch { return null; } })() : value;
  return Array.isArray(parsed) ? parsed.map(String) : null;
}

/** The letters made for these cases (ready ones: a re-issue still requested was not sent). */
async function readCaseLetters(knex: Knex, cases: string[]): Promise<CaseLetter[]> {
  const letters: CaseLetter[] = [];
  for (const ids of chunks([...new Set(cases)])) {
    const rows = (await knex('documents').select('case', 'template_key').where({ kind: 'letter' }).whereIn('case', ids).andWhere((ready) => ready.where('status', 'ready').orWhereNull('status'))) as Array<{ case: string | null; template_key: string | null }>;
    for (const row of rows) if (row.template_key) letters.push({ case: row.case, template_key: row.template_key });
  }
  return letters;
}

/** Cases whose household received the advance notice of AMW: a stored `advance_notice_amw` letter (issue 11). */
async function casesWithAdvanceNotice(knex: Knex, cases: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const ids of chunks([...new Set(cases)])) {
    const rows = (await knex('documents').select('case').whereIn('case', ids).where({ kind: 'letter', template_key: 'advance_notice_amw', status: 'ready' })) as Array<{ case: string }>;
    for (const row of rows) found.add(String(row.case));
  }
  return found;
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
