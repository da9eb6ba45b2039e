import type { HookConfig } from '@directus/extensions';
import { describeError } from '../../../core/logging/describe-error.ts';
import { registerAccessGuards } from './access-guards.ts';
import { registerAccessLogHooks } from './access-log.ts';
import { registerCaseworkHooks } from './casework.ts';
import { registerContactAttemptHooks } from './contact-attempts.ts';
import { registerIntakeHooks } from './intake.ts';
import { registerLoginThrottleHooks } from './login-throttle.ts';
import { registerMunicipalityAreaHooks } from './municipality-area.ts';
import { registerSourceListHooks } from './sources.ts';
import { registerStartPageHooks } from './start-page.ts';
import { registerTemplateHooks } from './templates.ts';
import { registerReissueRequestHooks } from './reissue-requests.ts';
import { registerObjectionHooks } from './objections.ts';
import { registerPrivacyRequestHooks } from './privacy-requests.ts';
import { registerPersonalCorrectionHooks } from './personal-corrections.ts';
import { registerDataBreachHooks } from './data-breaches.ts';
import { registerEvictionHooks } from './evictions.ts';
import { beginSqliteTransactionsImmediately } from '../../../jobs/sqlite-immediate-transactions.ts';
import { waitOnLockedSqlite } from '../lib/sqlite-busy-timeout.ts';
import { dropPoweredBy } from '../lib/drop-powered-by.ts';
import { redactDirectusLog } from '../lib/redact-directus-log.ts';
import { sweepTempLeftovers } from '../lib/sweep-temp-leftovers.ts';

const hooks: HookConfig = (register, context) => {
  // Job engine (issue 8): Directus and the worker share the SQLite file; wait on a lock, do not fail.
  waitOnLockedSqlite(context.database as never);
  // …and a transaction takes that lock before it reads, so it never fails on a stale snapshot.
  beginSqliteTransactionsImmediately(context.database as never);
  // Directus's own warn/error lines: no SQL, values or e-mail addresses (see redact-directus-log.ts).
  redactDirectusLog(context.logger);
  register.init('middlewares.before', ({ app }) => {
    (app as import('express').Application).use(dropPoweredBy);
  });
  registerAccessGuards(register, context);
  // Issue 12: every read of personal data by a person on record; the log append-only.
  registerAccessLogHooks(register, context);
  registerContactAttemptHooks(register, context);
  registerCaseworkHooks(register, context);
  registerIntakeHooks(register, context);
  registerSourceListHooks(register, context);
  registerLoginThrottleHooks(register, context);
  registerMunicipalityAreaHooks(register, context);
  registerStartPageHooks(register, context);
  registerTemplateHooks(register, context);
  registerReissueRequestHooks(register, context);
  registerObjectionHooks(register, context);
  // issue 12: requests of the tenant, corrections with a reason, the breach register.
  registerPrivacyRequestHooks(register, context);
  registerPersonalCorrectionHooks(register, context);
  registerDataBreachHooks(register, context);
  // issue 13: the corporations' evictions per period add up, one row per period.
  registerEvictionHooks(register, context);
  register.init('app.after', async () => {
    context.logger.info('Vroegsignalering hooks loaded');
    try {
      const { removed } = await sweepTempLeftovers();
      if (removed) context.logger.warn(`Removed ${removed} upload copies left in the temp folder by an earlier version`);
    } catch (error) {
      context.logger.warn(`Sweeping the temp folder failed: ${describeError(error)}`);
    }
  });
};

export default hooks;
