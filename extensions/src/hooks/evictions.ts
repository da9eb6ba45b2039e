/**
 * issue 13 (covenant art. 2.1): a corporation's evictions of a period, checked inside the
 * transaction that writes them, once the row exists — so the partner is the one Directus
 * filled in from the user, and the check sees every other row. A refusal rolls the write
 * back with a Dutch message (core/reporting/check-eviction.ts decides).
 */
import type { Knex } from 'knex';
import { evictionProblem } from '../../../core/reporting/check-eviction.ts';
import type { HookContext, Register } from '../lib/hook-types.ts';
import { onItemCreatedInTransaction } from '../lib/on-item-created.ts';
import { onItemUpdatedInTransaction } from '../lib/on-item-updated.ts';
import { UserFacingError } from '../lib/user-facing-error.ts';

type EvictionRow = { id: string; partner: number | null; period: string | null; total: number | null; with_minor_children: number | null };

export function registerEvictionHooks(register: Register, { logger }: HookContext) {
  const check = async (id: string, database: unknown) => {
    const knex = database as Knex;
    const row = (await knex('evictions').select('id', 'partner', 'period', 'total', 'with_minor_children').where({ id }).first()) as EvictionRow | undefined;
    if (!row) return;
    const other = row.partner !== null && row.period !== null ? await knex('evictions').select('id').where({ partner: row.partner, period: row.period }).whereNot({ id }).first() : undefined;
    const toNumber = (value: unknown) => (value === null || value === undefined ? null : Number(value));
    const problem = evictionProblem({ total: toNumber(row.total), withMinorChildren: toNumber(row.with_minor_children) }, Boolean(other));
    if (problem) {
      logger.info(`Evictions entry refused (partner ${row.partner}, period ${row.period}): ${other ? 'a row for this partner and period exists' : 'counts do not add up'}`);
      throw new UserFacingError({ message: problem });
    }
  };
  onItemCreatedInTransaction(register, 'evictions', check);
  onItemUpdatedInTransaction(register, 'evictions', (id, _user, database) => check(id, database));
}
