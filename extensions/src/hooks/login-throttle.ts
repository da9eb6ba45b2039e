/**
 * Throttles logins per account and address instead of suspending accounts (see
 * core/security/login-throttle.ts). `filter('auth.login')` runs after Directus has found
 * the account and before it checks the password: a blocked attempt is refused there
 * with HTTP 429 and a Dutch message; otherwise the attempt is counted as a failure in
 * advance. `action('auth.login')` reports the outcome: a success undoes that count and
 * clears the (account, address) pair. The address is
 * Directus's own `accountability.ip` (it honours IP_TRUST_PROXY).
 */
import { createError } from '@directus/errors';
import type { Knex } from 'knex';
import { describeError } from '../../../core/logging/describe-error.ts';
import { refusalMessage, secondsToWait } from '../../../core/security/login-throttle.ts';
import type { HookContext, Register } from '../lib/hook-types.ts';
import { ensureThrottleTable, LoginThrottleStore, type SavedRow } from '../lib/login-throttle-store.ts';

const TooManyLoginAttempts = createError<{ seconds: number }>('TOO_MANY_LOGIN_ATTEMPTS', (extensions) => refusalMessage(extensions.seconds), 429);

type LoginContext = { accountability?: { ip?: string | null } | null };

export function registerLoginThrottleHooks({ filter, action, init, schedule }: Register, context: HookContext) {
  const store = () => new LoginThrottleStore(context.database as unknown as Knex, String(context.env.SECRET ?? ''));

  init('app.before', async () => {
    await ensureThrottleTable(context.database as unknown as Knex);
  });

  // Every attempt on a known account is counted as a failure *before* the password is
  // checked, so parallel guesses cannot slip through before their failures are written;
  // a success puts the counters back. Only this instance handles the request, so what to
  // put back is kept here between the filter and the action.
  const pending = new Map<string, SavedRow[]>();
  const pendingKey = (user: string, ip: string | null) => `${user}|${ip ?? ''}`;

  filter('auth.login', async (payload, meta, eventContext) => {
    const user = (meta as { user?: string }).user ?? null;
    if (!user) return payload;
    const ip = (eventContext as LoginContext).accountability?.ip ?? null;
    const now = Date.now();
    const seconds = secondsToWait(await store().states(user, ip), now);
    if (seconds > 0) {
      context.logger.warn(`Login for user ${user} refused for ${seconds} s: too many failed attempts`);
      throw new TooManyLoginAttempts({ seconds });
    }
    // Bounded: an attempt that ends without an outcome event must not grow this forever.
    if (pending.size > 10_000) pending.clear();
    pending.set(pendingKey(user, ip), await store().recordFailure(user, ip, now));
    return payload;
  });

  action('auth.login', async (meta, eventContext) => {
    const { status, user } = meta as { status: string; user?: string };
    const ip = (eventContext as LoginContext).accountability?.ip ?? null;
    try {
      if (!user) {
        // An unknown e-mail address never reaches the filter: count it for the address.
        if (status === 'fail') await store().recordFailure(null, ip, Date.now());
        return;
      }
      const saved = pending.get(pendingKey(user, ip));
      pending.delete(pendingKey(user, ip));
      if (status === 'success') {
        if (saved) await store().undo(saved);
        else await store().clearPair(user, ip);
      }
    } catch (error) {
      context.logger.error(`Recording a login outcome failed: ${describeError(error)}`);
    }
  });

  schedule('17 * * * *', async () => {
    await store().forgetOld(Date.now());
  });
}
