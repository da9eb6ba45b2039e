/**
 * Requests of the tenant (`privacy_requests`, art. 9 of the covenant):
 * - the statutory deadline is one calendar month after receipt (core/privacy/request-deadline.ts),
 *   kept in step with `date_received` after every write;
 * - a correction, deletion or shielding is not closed (done or refused) without a reason
 *   (core/privacy/request-completion.ts), refused in Dutch before anything is written;
 * - closing records `date_done`;
 * - a correction that is done gives staff an `inform_partners` task per partner that received
 *   the person's data (core/privacy/correction-tasks.ts), once.
 * Computed fields are written inside the request's own transaction (on-item-created.ts,
 * on-item-updated.ts), by the system: they are read-only for staff.
 */
import { randomUUID } from 'node:crypto';
import type { Knex as Db } from 'knex';
import { amsterdamDate } from '../../../core/cycle/amsterdam-date.ts';
import { correctionInformTasks } from '../../../core/privacy/correction-tasks.ts';
import { isAboutPerson, normalisePostcode, personQueryFrom, widenedQuery } from '../../../core/privacy/inzage-person.ts';
import { planRequestCompletion, type RequestState } from '../../../core/privacy/request-completion.ts';
import { requestDeadline } from '../../../core/privacy/request-deadline.ts';
import { dbDates, readDbDate } from '../lib/db-dates.ts';
import type { HookContext, Register } from '../lib/hook-types.ts';
import { onItemCreatedInTransaction } from '../lib/on-item-created.ts';
import { onItemUpdatedInTransaction } from '../lib/on-item-updated.ts';
import { UserFacingError } from '../lib/user-facing-error.ts';

type Row = Record<string, unknown>;
interface Knex {
  (table: string): { select(...columns: string[]): { whereIn(column: string, values: string[]): Promise<Row[]> }; where(where: Row): { update(values: Row): Promise<number> } };
}

export function registerPrivacyRequestHooks(register: Register, { logger }: HookContext) {
  const refuse = (plan: { message: string; log: string }): never => {
    logger.warn(`Refused closing a privacy request: ${plan.log}`);
    throw new UserFacingError({ message: plan.message });
  };
  const now = () => new Date().toISOString();

  register.filter('privacy_requests.items.create', (input) => {
    const payload = (input ?? {}) as Row;
    const plan = planRequestCompletion(null, payload, now());
    if (!plan.ok) refuse(plan);
    return input;
  });

  register.filter('privacy_requests.items.update', async (input, meta, context) => {
    const payload = (input ?? {}) as Row;
    if (!['status', 'reason', 'kind'].some((field) => field in payload)) return input;
    const keys = ((meta as { keys?: unknown[] }).keys ?? []).map(String);
    const rows = keys.length ? await (context.database as unknown as Knex)('privacy_requests').select('id', 'kind', 'status', 'reason', 'date_done').whereIn('id', keys) : [];
    for (const row of rows) {
      const plan = planRequestCompletion(row as unknown as RequestState, payload, now());
      if (!plan.ok) refuse(plan);
    }
    return input;
  });

  /** After every write: the deadline follows the date received, a closed request has its date. */
  const settle = async (id: string, database: unknown) => {
    const knex = database as unknown as Knex;
    const [row] = await knex('privacy_requests').select('kind', 'date_received', 'deadline', 'status', 'date_done', 'bsn', 'surname', 'birth_date', 'postcode', 'house_number').whereIn('id', [id]);
    if (!row) return;
    const set: Row = {};
    const received = row.date_received === null || row.date_received === undefined ? null : readDbDate(row.date_received as string);
    const deadline = received ? requestDeadline(received) : null;
    const stored = row.deadline === null || row.deadline === undefined ? null : readDbDate(row.deadline as string);
    if (deadline !== stored) set.deadline = dbDates(database as never).date(deadline);
    if (['done', 'refused'].includes(String(row.status)) && (row.date_done === null || row.date_done === undefined)) set.date_done = dbDates(database as never).timestamp(new Date());
    if (Object.keys(set).length) await knex('privacy_requests').where({ id }).update(set);
    if (row.kind === 'correction' && row.status === 'done') await informPartners(database as Db, id, row, received);
  };

  /** The partners that received the person's data, each told once (task_key is unique). */
  const informPartners = async (knex: Db, id: string, row: Row, received: string | null) => {
    const parsed = personQueryFrom({ bsn: row.bsn as string | null, surname: row.surname as string | null, birthDate: row.birth_date ? readDbDate(row.birth_date as string) : null, postcode: row.postcode as string | null, houseNumber: row.house_number as number | null });
    if (!parsed.ok) return;
    const query = parsed.query;
    const candidates = ((await knex('signals')
      .select('id', 'bsn', 'name_prefix', 'surname', 'birth_date', 'postcode', 'house_number', 'partner', 'case')
      .where((builder) => {
        if (query.bsn) builder.orWhere('bsn', query.bsn);
        for (const identity of query.identities) builder.orWhere({ postcode: normalisePostcode(identity.postcode), house_number: identity.houseNumber });
      })) as Row[]).map((signal): Row => ({ ...signal, birth_date: signal.birth_date ? readDbDate(signal.birth_date as string) : null }));
    const first = candidates.filter((signal) => isAboutPerson(query, signal));
    const widened = widenedQuery(query, first);
    const own = candidates.filter((signal) => isAboutPerson(widened, signal));
    const caseIds = [...new Set(own.map((signal) => signal.case).filter(Boolean).map(String))];
    const referrals = caseIds.length ? ((await knex('referrals').select('partner').whereIn('case', caseIds).whereNotNull('date_sent')) as Row[]) : [];
    const partnerIds = [...new Set([...own, ...referrals].map((item) => item.partner).filter((partner) => partner !== null && partner !== undefined).map(Number))];
    const names = new Map((partnerIds.length ? ((await knex('signal_partners').select('id', 'name').whereIn('id', partnerIds)) as Row[]) : []).map((partner) => [Number(partner.id), String(partner.name)]));
    const asPartner = (item: Row) => ({ partner: item.partner === null || item.partner === undefined ? null : Number(item.partner), partner_name: names.get(Number(item.partner)) ?? null });
    const tasks = correctionInformTasks({ request: id, dateReceived: received, today: amsterdamDate(new Date()), signals: own.map(asPartner), sentReferrals: referrals.map(asPartner) });
    if (tasks.length === 0) return;
    const dates = dbDates(knex);
    const existing = new Set(((await knex('tasks').select('task_key').whereIn('task_key', tasks.map((task) => task.task_key))) as Row[]).map((task) => String(task.task_key)));
    const fresh = tasks.filter((task) => !existing.has(task.task_key));
    if (fresh.length) await knex('tasks').insert(fresh.map((task) => ({ ...task, id: randomUUID(), due_date: dates.date(task.due_date), date_created: dates.timestamp(new Date()) })));
    logger.info(`Correction request ${id} done: ${fresh.length} inform-partners tasks`);
  };
  onItemCreatedInTransaction(register, 'privacy_requests', settle);
  onItemUpdatedInTransaction(register, 'privacy_requests', (id, _user, database) => settle(id, database));
}
