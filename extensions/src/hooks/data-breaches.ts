/**
 * The breach register (`data_breaches`, art. 13.3 of the covenant, art. 33 AVG):
 * - `ap_deadline` is 72 hours after `found_at` (core/privacy/breach-window.ts), kept in step
 *   after every write;
 * - when the window investigated (`window_start`, `window_end`) is set or changed, the items
 *   read in it and the number of persons they are about are filled from the access log
 *   (jobs/privacy/breach-affected.ts) — on create, and on every update that touches the window.
 * Written inside the breach's own transaction, by the system (the fields are read-only).
 */
import type { Knex } from 'knex';
import { apDeadline } from '../../../core/privacy/breach-window.ts';
import { breachAffected } from '../../../jobs/privacy/breach-affected.ts';
import { instant } from '../../../jobs/privacy/read-inzage-source.ts';
import { dbDates } from '../lib/db-dates.ts';
import type { HookContext, Register } from '../lib/hook-types.ts';
import { onItemCreatedInTransaction } from '../lib/on-item-created.ts';
import { onItemUpdatedInTransaction, PendingWrites } from '../lib/on-item-updated.ts';
import { UserFacingError } from '../lib/user-facing-error.ts';

type Row = Record<string, unknown>;
const WINDOW_FIELDS = ['window_start', 'window_end'];

export function registerDataBreachHooks(register: Register, { logger }: HookContext) {
  const windowChanged = new PendingWrites();

  const checkWindow = (payload: Row) => {
    const start = payload.window_start ? new Date(String(payload.window_start)) : null;
    const end = payload.window_end ? new Date(String(payload.window_end)) : null;
    if (start && end && start.getTime() > end.getTime()) throw new UserFacingError({ message: 'Het onderzochte venster eindigt vóór het begint; pas begin of einde aan.' });
  };

  register.filter('data_breaches.items.create', (input) => {
    checkWindow((input ?? {}) as Row);
    return input;
  });
  register.filter('data_breaches.items.update', (input, meta, context) => {
    const payload = (input ?? {}) as Row;
    checkWindow(payload);
    const user = (context.accountability as { user?: string | null } | null)?.user ?? null;
    const touches = WINDOW_FIELDS.some((field) => field in payload);
    for (const key of ((meta as { keys?: unknown[] }).keys ?? []).map(String)) windowChanged.set('data_breaches', key, user, touches ? async () => undefined : null);
    return input;
  });

  const settle = async (id: string, database: unknown, fillAffected: boolean) => {
    const knex = database as Knex;
    const row = (await knex('data_breaches').select('found_at', 'ap_deadline', 'window_start', 'window_end').where({ id }).first()) as Row | undefined;
    if (!row) return;
    const dates = dbDates(knex);
    const set: Row = {};
    const found = instant(row.found_at);
    const deadline = found ? apDeadline(found) : null;
    if (deadline !== instant(row.ap_deadline)) set.ap_deadline = deadline ? dates.timestamp(new Date(deadline)) : null;
    const start = instant(row.window_start);
    const end = instant(row.window_end);
    if (fillAffected && start && end) {
      const affected = await breachAffected(knex, new Date(start), new Date(end));
      set.affected_persons = affected.persons;
      set.affected_items = JSON.stringify(affected.items);
      logger.info(`Data breach ${id}: ${affected.persons} affected persons found in the access log`);
    }
    if (Object.keys(set).length) await knex('data_breaches').where({ id }).update(set);
  };
  onItemCreatedInTransaction(register, 'data_breaches', (id, database) => settle(id, database, true));
  onItemUpdatedInTransaction(register, 'data_breaches', async (id, user, database) => settle(id, database, windowChanged.take('data_breaches', id, user) !== null));
}
