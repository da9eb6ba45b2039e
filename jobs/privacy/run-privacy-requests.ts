/**
 * Carries out the deletion and shielding requests staff approved (art. 9): a `privacy_requests`
 * row of kind `deletion` or `shielding`, status `in_progress`, with a reason (shielding also
 * needs the role that may still see the file). Run by the daily `retention` step, so an
 * approved request is done by the next morning — well inside the one-month deadline.
 *
 * Deletion: the person's items (core/privacy/find-person-items.ts) and what hangs off them are
 * erased like expired items (reason `erasure`, in the deletion log); the request is set to
 * done with the counts as its result, and staff get an `inform_partners` task per partner
 * that received the person's data. The request keeps the identity the person gave: it is the
 * municipality's record that the request was handled, and staff need it to inform partners.
 * Shielding: the person's signals, their cases and households get `shielded_role`.
 */
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { erasureSet, mergeErasureSets, type ErasureSet } from '../../core/privacy/erasure-set.ts';
import { findPersonItems, type PersonIdentity, type PersonReferralRow, type PersonSignalRow } from '../../core/privacy/find-person-items.ts';
import type { PrivacyGraph } from '../../core/privacy/privacy-graph.ts';
import { dutchDate } from '../../core/routing/dutch-date.ts';
import { dbDates, readDbDate } from '../../extensions/src/lib/db-dates.ts';

type Row = Record<string, unknown>;

export interface PrivacyRequestPlan {
  /** Everything the approved deletion requests erase, together. */
  erase: ErasureSet;
  deletions: Array<{ id: string; result: string; partners: number[]; dateReceived: string | null }>;
  shieldings: Array<{ id: string; role: string; result: string; signals: string[]; cases: string[]; households: string[] }>;
  /** Approved requests that cannot be carried out (identity incomplete, no role): they stay in progress. */
  waiting: Array<{ id: string; why: string }>;
}

const IDENTITY_FIELDS = ['bsn', 'surname', 'name_prefix', 'birth_date', 'postcode', 'house_number'];
const asDate = (value: unknown): string | null => (value === null || value === undefined || value === '' ? null : readDbDate(value as string | number | Date));
const filled = (value: unknown) => typeof value === 'string' && value.trim().length > 0;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export async function privacyRequestsReady(knex: Knex): Promise<boolean> {
  return (await knex.schema.hasTable('privacy_requests')) && (await knex.schema.hasColumn('signals', 'shielded_role'));
}

/** What the approved requests would do, read from the database; writes nothing. */
export async function planPrivacyRequests(knex: Knex, graph: PrivacyGraph): Promise<PrivacyRequestPlan> {
  const plan: PrivacyRequestPlan = { erase: { items: {}, files: [] }, deletions: [], shieldings: [], waiting: [] };
  if (!(await privacyRequestsReady(knex))) return plan;
  const requests = (await knex('privacy_requests')
    .select('id', 'kind', 'reason', 'shield_role', 'date_received', ...IDENTITY_FIELDS)
    .whereIn('kind', ['deletion', 'shielding'])
    .where({ status: 'in_progress' })
    .orderBy('date_received')) as Row[];
  const sets: ErasureSet[] = [];
  for (const request of requests) {
    const id = String(request.id);
    if (!filled(request.reason)) {
      plan.waiting.push({ id, why: 'reden ontbreekt' });
      continue;
    }
    if (request.kind === 'shielding' && !request.shield_role) {
      plan.waiting.push({ id, why: 'rol die het dossier nog mag zien ontbreekt' });
      continue;
    }
    const identity: PersonIdentity = { bsn: request.bsn as string | null, surname: request.surname as string | null, name_prefix: (request.name_prefix as string | null) ?? null, birth_date: asDate(request.birth_date), postcode: request.postcode as string | null, house_number: request.house_number as number | null };
    const found = findPersonItems(identity, await readPersonRows(knex, identity));
    if (!found.ok) {
      plan.waiting.push({ id, why: 'BSN of achternaam, geboortedatum, postcode en huisnummer ontbreken' });
      continue;
    }
    if (request.kind === 'deletion') {
      const set = erasureSet(graph, found.seeds);
      sets.push(set);
      const count = (collection: string) => set.items[collection]?.length ?? 0;
      const shared = found.sharedCases.length ? ` ${plural(found.sharedCases.length, 'zaak blijft', 'zaken blijven')} bestaan voor een andere bewoner van het huishouden.` : '';
      const result = `Verwijderd: ${plural(count('signals'), 'signaal', 'signalen')}, ${plural(count('cases'), 'zaak', 'zaken')}, ${plural(count('referrals'), 'doorverwijzing', 'doorverwijzingen')}, ${plural(count('contact_attempts'), 'contactpoging', 'contactpogingen')}, ${plural(count('documents'), 'document', 'documenten')} (${plural(set.files.length, 'bestand', 'bestanden')}), ${plural(count('households'), 'huishouden', 'huishoudens')}, met hun revisies en activiteit.${shared} Partners te informeren: ${found.partners.length}.`;
      plan.deletions.push({ id, result, partners: found.partners, dateReceived: asDate(request.date_received) });
    } else {
      const cases = [...new Set([...found.cases, ...found.sharedCases])].sort();
      const result = `Afgeschermd voor iedereen behalve de gekozen rol: ${plural(found.signals.length, 'signaal', 'signalen')}, ${plural(cases.length, 'zaak', 'zaken')}, ${plural(found.households.length, 'huishouden', 'huishoudens')}.`;
      plan.shieldings.push({ id, role: String(request.shield_role), result, signals: found.signals, cases, households: found.households });
    }
  }
  plan.erase = mergeErasureSets(sets);
  return plan;
}

/** Candidate rows: the BSN or the house number decides what is read; the matcher decides the rest. */
async function readPersonRows(knex: Knex, identity: PersonIdentity): Promise<{ signals: PersonSignalRow[]; referrals: PersonReferralRow[] }> {
  const signalFields = ['id', 'bsn', 'surname', 'name_prefix', 'birth_date', 'postcode', 'house_number', 'case', 'household', 'partner'];
  const referralFields = ['id', 'surname', 'name_prefix', 'birth_date', 'postcode', 'house_number', 'case', 'partner', 'date_sent'];
  const houseNumber = identity.house_number === null || identity.house_number === undefined || identity.house_number === '' ? null : Number(identity.house_number);
  const candidates = (await knex('signals')
    .select(signalFields)
    .where((query) => {
      if (identity.bsn) query.orWhere('bsn', String(identity.bsn).replace(/\D/g, ''));
      if (houseNumber !== null && Number.isFinite(houseNumber)) query.orWhere('house_number', houseNumber);
    })) as Row[];
  const caseIds = [...new Set(candidates.map((row) => row.case).filter((id) => id !== null && id !== undefined).map(String))];
  const numbers = [...new Set(candidates.map((row) => Number(row.house_number)).concat(houseNumber !== null && Number.isFinite(houseNumber) ? [houseNumber] : []))];
  const caseSignals = caseIds.length ? ((await knex('signals').select(signalFields).whereIn('case', caseIds)) as Row[]) : [];
  const referrals = (await knex('referrals')
    .select(referralFields)
    .where((query) => {
      if (caseIds.length) query.orWhereIn('case', caseIds);
      if (numbers.length) query.orWhereIn('house_number', numbers);
    })) as Row[];
  const bySignal = new Map([...candidates, ...caseSignals].map((row) => [String(row.id), row]));
  return {
    signals: [...bySignal.values()].map((row) => ({
      id: String(row.id), bsn: (row.bsn as string | null) ?? null, surname: (row.surname as string | null) ?? null, name_prefix: (row.name_prefix as string | null) ?? null, birth_date: asDate(row.birth_date), postcode: (row.postcode as string | null) ?? null,
      house_number: (row.house_number as number | null) ?? null, case: row.case ? String(row.case) : null, household: row.household ? String(row.household) : null, partner: row.partner === null || row.partner === undefined ? null : Number(row.partner),
    })),
    referrals: referrals.map((row) => ({
      id: String(row.id), surname: (row.surname as string | null) ?? null, name_prefix: (row.name_prefix as string | null) ?? null, birth_date: asDate(row.birth_date), postcode: (row.postcode as string | null) ?? null, house_number: (row.house_number as number | null) ?? null,
      case: row.case ? String(row.case) : null, partner: row.partner === null || row.partner === undefined ? null : Number(row.partner), date_sent: asDate(row.date_sent),
    })),
  };
}

/**
 * In the erasure's transaction: requests done with their result, shielding applied, partners'
 * tasks made — so a failure leaves the request in progress with its items still there.
 */
export async function completePrivacyRequests(trx: Knex.Transaction, plan: PrivacyRequestPlan, now: Date, today: string): Promise<{ tasks: number }> {
  const dates = dbDates(trx);
  let tasks = 0;
  const partnerNames = new Map(((await trx('signal_partners').select('id', 'name')) as Row[]).map((row) => [Number(row.id), String(row.name)]));
  for (const shielding of plan.shieldings) {
    for (const [table, ids] of [['signals', shielding.signals], ['cases', shielding.cases], ['households', shielding.households]] as const) {
      if (ids.length) await trx(table).whereIn('id', ids).update({ shielded_role: shielding.role });
    }
    await trx('privacy_requests').where({ id: shielding.id, status: 'in_progress' }).update({ status: 'done', result: shielding.result, date_done: dates.timestamp(now) });
  }
  for (const deletion of plan.deletions) {
    for (const partner of deletion.partners) {
      const inserted = (await trx('tasks')
        .insert(
          {
            id: randomUUID(),
            kind: 'inform_partners',
            status: 'open',
            partner,
            period: today.slice(0, 7),
            due_date: dates.date(today),
            description: `Verwijderverzoek uitgevoerd: laat ${partnerNames.get(partner) ?? 'deze partner'} weten dat de gegevens van de huurder uit het verzoek van ${deletion.dateReceived ? dutchDate(deletion.dateReceived) : 'onbekende datum'} zijn verwijderd, en vraag ze ook te verwijderen.`,
            task_key: `inform_partners:${deletion.id}:${partner}`,
            date_created: dates.timestamp(now),
          },
          ['id'],
        )
        .onConflict('task_key')
        .ignore()) as unknown[];
      tasks += inserted.length;
    }
    await trx('privacy_requests').where({ id: deletion.id, status: 'in_progress' }).update({ status: 'done', result: deletion.result, date_done: dates.timestamp(now) });
  }
  return { tasks };
}
