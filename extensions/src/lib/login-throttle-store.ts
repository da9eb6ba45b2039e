/**
 * Login throttle counters in the database, so every Directus instance sees the same
 * state (the database is the one thing all instances share, with or without Redis).
 * A small table of our own, created on start, not a Directus collection: nobody reads
 * it through the API. Addresses are stored as an HMAC with SECRET, never in the clear.
 */
import { createHmac } from 'node:crypto';
import type { Knex } from 'knex';
import { afterFailure, THROTTLE_RULES, type ThrottleScope, type ThrottleState } from '../../../core/security/login-throttle.ts';

export const THROTTLE_TABLE = 'vs_login_throttle';

const isSqlite = (knex: Knex) => (knex.client as { config?: { client?: unknown } }).config?.client === 'sqlite3';

export interface SavedRow {
  key: string;
  scope: ThrottleScope;
  user_id: string | null;
  before: ThrottleState | null;
}

interface Row {
  key: string;
  scope: ThrottleScope;
  user_id: string | null;
  failures: number;
  last_failure_at: number | string;
  blocked_until: number | string;
}

export async function ensureThrottleTable(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable(THROTTLE_TABLE)) return;
  try {
    await knex.schema.createTable(THROTTLE_TABLE, (table) => {
      table.string('key', 200).primary();
      table.string('scope', 10).notNullable();
      table.uuid('user_id').nullable().index();
      table.integer('failures').notNullable();
      table.bigInteger('last_failure_at').notNullable();
      table.bigInteger('blocked_until').notNullable();
    });
  } catch (error) {
    // Another instance created it at the same moment.
    if (!(await knex.schema.hasTable(THROTTLE_TABLE))) throw error;
  }
}

export class LoginThrottleStore {
  constructor(
    private readonly knex: Knex,
    private readonly secret: string,
  ) {}

  private addressKey(ip: string): string {
    return createHmac('sha256', this.secret).update(ip).digest('hex').slice(0, 32);
  }

  private keys(user: string | null, ip: string | null): Array<{ key: string; scope: ThrottleScope; user_id: string | null }> {
    const keys: Array<{ key: string; scope: ThrottleScope; user_id: string | null }> = [];
    const address = ip ? this.addressKey(ip) : null;
    if (user && address) keys.push({ key: `pair:${user}:${address}`, scope: 'pair', user_id: user });
    if (user) keys.push({ key: `account:${user}`, scope: 'account', user_id: user });
    if (address) keys.push({ key: `address:${address}`, scope: 'address', user_id: null });
    return keys;
  }

  async states(user: string | null, ip: string | null): Promise<ThrottleState[]> {
    const keys = this.keys(user, ip).map((k) => k.key);
    if (!keys.length) return [];
    const rows = (await this.knex(THROTTLE_TABLE).select('*').whereIn('key', keys)) as Row[];
    return rows.map(toState);
  }

  /**
   * Counts a failure on every counter of this attempt, each in its own transaction (row
   * locked on PostgreSQL), and returns the rows as they were, so a success can undo it.
   */
  async recordFailure(user: string | null, ip: string | null, now: number): Promise<SavedRow[]> {
    const saved: SavedRow[] = [];
    for (const { key, scope, user_id } of this.keys(user, ip)) {
      await this.knex.transaction(async (trx) => {
        // SQLite (WAL) refuses at once, without waiting, a transaction that read and then wants
        // to write while another process (the worker) wrote in between; taking the write lock
        // first makes it wait its turn instead.
        if (isSqlite(this.knex)) await trx.raw(`UPDATE ${THROTTLE_TABLE} SET failures = failures WHERE 1 = 0`);
        const row = (await trx(THROTTLE_TABLE).select('*').where({ key }).forUpdate().first()) as Row | undefined;
        saved.push({ key, scope, user_id, before: row ? toState(row) : null });
        const next = afterFailure(row ? toState(row) : null, THROTTLE_RULES[scope], now);
        await trx(THROTTLE_TABLE)
          .insert({ key, scope, user_id, failures: next.failures, last_failure_at: next.lastFailureAt, blocked_until: next.blockedUntil })
          .onConflict('key')
          .merge(['failures', 'last_failure_at', 'blocked_until']);
      });
    }
    return saved;
  }

  /** Puts counters back as they were before an attempt that then succeeded; the pair is cleared. */
  async undo(saved: SavedRow[]): Promise<void> {
    for (const { key, scope, before } of saved) {
      if (scope === 'pair' || !before) await this.knex(THROTTLE_TABLE).delete().where({ key });
      else await this.knex(THROTTLE_TABLE).update({ failures: before.failures, last_failure_at: before.lastFailureAt, blocked_until: before.blockedUntil }).where({ key });
    }
  }

  async clearPair(user: string, ip: string | null): Promise<void> {
    const [pair] = this.keys(user, ip);
    if (pair?.scope === 'pair') await this.knex(THROTTLE_TABLE).delete().where({ key: pair.key });
  }

  /** For an administrator: ends every block on this account (all addresses). */
  async clearAccount(user: string): Promise<number> {
    return this.knex(THROTTLE_TABLE).delete().where({ user_id: user });
  }

  /** Rows whose failures are older than every window: nothing left to remember. */
  async forgetOld(now: number): Promise<void> {
    const longest = Math.max(...Object.values(THROTTLE_RULES).map((rule) => Math.max(rule.windowMs, rule.maxBlockMs)));
    await this.knex(THROTTLE_TABLE).delete().where('last_failure_at', '<', now - longest).andWhere('blocked_until', '<', now);
  }
}

function toState(row: Row): ThrottleState {
  return { failures: Number(row.failures), lastFailureAt: Number(row.last_failure_at), blockedUntil: Number(row.blocked_until) };
}
