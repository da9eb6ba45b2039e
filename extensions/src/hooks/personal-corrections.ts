/**
 * A staff member's change of a tenant's personal fields on a signal or a household needs an
 * open correction request for that person (core/privacy/personal-correction.ts); refused in
 * Dutch otherwise. The request's `result` gets a line naming the item and the fields, in the
 * same transaction as the change; Directus's revisions keep the values before and after.
 * Administrators and the worker pass (their changes are the system's own).
 */
import { identityOf, isAboutPerson, type PersonQuery } from '../../../core/privacy/inzage-person.ts';
import { changedPersonalFields, correctionResultLine, correctionVerdict, type CorrectionCollection } from '../../../core/privacy/personal-correction.ts';
import { amsterdamDate } from '../../../core/cycle/amsterdam-date.ts';
import type { HookContext, Register } from '../lib/hook-types.ts';
import { onItemUpdatedInTransaction, PendingWrites } from '../lib/on-item-updated.ts';
import { UserFacingError } from '../lib/user-facing-error.ts';
import { readDbDate } from '../lib/db-dates.ts';

type Row = Record<string, unknown>;
interface Accountability {
  user?: string | null;
  admin?: boolean;
  app?: boolean;
}
interface Query extends PromiseLike<Row[]> {
  whereIn(column: string, values: readonly string[]): Query;
  where(where: Row): Query;
  orderBy(column: string): Query;
}
interface Knex {
  (table: string): { select(...columns: string[]): Query; where(where: Row): { update(values: Row): Promise<number> } };
}

const SIGNAL_IDENTITY = ['id', 'bsn', 'name_prefix', 'surname', 'birth_date', 'postcode', 'house_number'];
const OPEN = ['received', 'in_progress'];

const dateOf = (value: unknown) => (value === null || value === undefined ? null : readDbDate(value as string));
const withDate = (row: Row): Row => ({ ...row, birth_date: dateOf(row.birth_date), ...('signal_date' in row ? { signal_date: dateOf(row.signal_date) } : {}) });
const queryOfSignal = (signal: Row): PersonQuery => {
  const identity = identityOf(signal);
  return { bsn: (signal.bsn as string | null) ?? null, identities: identity ? [identity] : [] };
};

export function registerPersonalCorrectionHooks(register: Register, { logger, services, getSchema }: HookContext) {
  const pending = new PendingWrites();

  for (const collection of ['signals', 'households'] as const satisfies readonly CorrectionCollection[]) {
    register.filter(`${collection}.items.update`, async (input, meta, context) => {
      const accountability = context.accountability as Accountability | null;
      if (!accountability || accountability.admin === true || accountability.app !== true || typeof accountability.user !== 'string') return input;
      const user = accountability.user;
      const payload = (input ?? {}) as Row;
      const knex = context.database as unknown as Knex;
      const keys = ((meta as { keys?: unknown[] }).keys ?? []).map(String);
      for (const key of keys) {
        pending.set(collection, key, user, null);
        const [current] = await knex(collection).select('*').whereIn('id', [key]);
        if (!current) continue;
        // An item the user may not see (shielded to another role) is left to the permissions,
        // which refuse it as if it did not exist; this check says nothing about it. Without
        // events: looking is not a read of personal data (no access log entry).
        const visible = new services.ItemsService(collection, { schema: (context.schema ?? (await getSchema())) as never, accountability: context.accountability, knex: context.database });
        if (!(await visible.readOne(key, { fields: ['id'] }, { emitEvents: false }).then(() => true, () => false))) continue;
        const changed = changedPersonalFields(collection, collection === 'signals' ? withDate(current) : current, payload);
        if (changed.length === 0) continue;
        const people = collection === 'signals' ? [withDate(current)] : (await knex('signals').select(...SIGNAL_IDENTITY).whereIn('household', [key])).map(withDate);
        const requests = (await knex('privacy_requests').select('id', 'bsn', 'name_prefix', 'surname', 'birth_date', 'postcode', 'house_number', 'status', 'kind', 'result').where({ kind: 'correction' }).orderBy('date_received'))
          .filter((row) => OPEN.includes(String(row.status)))
          .map(withDate);
        const open = requests.filter((request) => people.some((person) => isAboutPerson(queryOfSignal(person), request)));
        const verdict = correctionVerdict(collection, changed, payload, open.map((request) => String(request.id)));
        if (!verdict.ok) {
          logger.warn(`Refused a change of personal data: ${verdict.log}`);
          throw new UserFacingError({ message: verdict.message });
        }
        if (!verdict.request) continue;
        const request = open.find((row) => String(row.id) === verdict.request)!;
        const line = correctionResultLine(collection, key, changed, amsterdamDate(new Date()));
        pending.set(collection, key, user, async (trx) => {
          const [fresh] = await (trx as Knex)('privacy_requests').select('result').whereIn('id', [String(request.id)]);
          const result = [String(fresh?.result ?? '').trim(), line].filter(Boolean).join('\n');
          await (trx as Knex)('privacy_requests').where({ id: request.id }).update({ result });
          logger.info(`Personal fields of ${collection} ${key} changed for privacy request ${String(request.id)} (${changed.length} fields)`);
        });
      }
      return input;
    });
    onItemUpdatedInTransaction(register, collection, async (id, user, database) => {
      const work = pending.take(collection, id, user);
      if (work) await work(database);
    });
  }
}
