/**
 * Casework (issue 9, item 4): what people do with a case once routing made it. The rules
 * live in core/casework; this wires them:
 *
 * - cases: status transitions and the dates that follow, a route override with its reason
 *   and its side effects (withdrawing or creating the AMW referral, closing for `none`),
 *   consent for rent withholding;
 * - tasks: a rent-withholding task is done only with consent; done records who and when;
 * - referrals: AMW's own work (in progress, closed with a DDAS outcome, referred back); a
 *   referral referred back gives staff a task and the case attention;
 * - contact attempts: the case (and AMW's referral) move on with every attempt.
 *
 * The rules apply to people (users with app access). The worker's own writes (routing)
 * are the rules' decisions and pass unchanged. Every write that follows from a change is
 * made in the same transaction as the change (on-item-updated.ts, on-item-created.ts).
 */
import { amsterdamDate } from '../../../core/cycle/amsterdam-date.ts';
import { changedFields, planCaseUpdate, type CaseStatusState } from '../../../core/casework/case-status.ts';
import { planContactAttemptEffects, type AttemptCase } from '../../../core/casework/contact-attempt-effects.ts';
import { addAttentionReason, attentionFromReferral, planReferralUpdate, referredBackTask, type ReferralActor, type ReferralEffect, type ReferralState } from '../../../core/casework/referral-work.ts';
import { buildAmwReferral, planRouteOverride, type CaseReferral, type OverrideCase, type ReferralSignal } from '../../../core/casework/route-override.ts';
import { planTaskUpdate } from '../../../core/casework/task-completion.ts';
import type { HookContext, Register } from '../lib/hook-types.ts';
import { onItemCreatedInTransaction } from '../lib/on-item-created.ts';
import { onItemUpdatedInTransaction, PendingWrites, type TransactionWork } from '../lib/on-item-updated.ts';
import { UserFacingError } from '../lib/user-facing-error.ts';

interface Accountability {
  user?: string | null;
  admin?: boolean;
  app?: boolean;
  role?: string | null;
  roles?: string[];
}
interface Knex {
  (table: string): { select(...columns: string[]): { whereIn(column: string, values: string[]): Promise<Array<Record<string, unknown>>> } };
}

type Row = Record<string, unknown>;
interface Items {
  readOne(key: string, query?: Row): Promise<Row>;
  readByQuery(query: Row): Promise<Row[]>;
  createOne(data: Row, opts?: Row): Promise<string>;
  updateOne(key: string, data: Row, opts?: Row): Promise<string>;
}

const CASE_FIELDS = ['id', 'status', 'result', 'route', 'period', 'priority', 'household', 'date_picked_up', 'date_closed', 'date_first_contact', 'rent_withholding_consent', 'consent_date', 'attention', 'attention_reason'];
const SIGNAL_FIELDS = ['initials', 'name_prefix', 'surname', 'birth_date', 'street', 'house_number', 'house_letter', 'house_number_addition', 'postcode', 'city', 'phone', 'months_in_arrears', 'arrears_amount', 'debt_areas', 'signal_date'];

/** A person in the app (staff, AMW, an administrator); not the worker, not Directus itself. */
const isPerson = (accountability: Accountability | null | undefined): accountability is Accountability & { user: string } =>
  !!accountability && typeof accountability.user === 'string' && accountability.app === true;

export function registerCaseworkHooks(register: Register, { services, getSchema, logger }: HookContext) {
  const pending = new PendingWrites();
  const today = () => amsterdamDate(new Date());

  const items = async (collection: string, database: unknown, schema?: unknown, accountability?: Accountability | null): Promise<Items> =>
    new services.ItemsService(collection, { schema: (schema as never) ?? (await getSchema()), knex: database as never, accountability: (accountability ?? null) as never }) as unknown as Items;

  /** Leaves the decision to Directus when the user may not even read the item. */
  const userCanRead = async (collection: string, key: string, database: unknown, schema: unknown, accountability: Accountability) => {
    try {
      await (await items(collection, database, schema, accountability)).readOne(key, { fields: ['id'] });
      return true;
    } catch {
      return false;
    }
  };

  /** AMW, staff or an administrator: by the keys of the user's roles (directus_roles.key). */
  const referralActor = async (accountability: Accountability, database: unknown): Promise<ReferralActor> => {
    if (accountability.admin === true) return 'admin';
    const roles = accountability.roles?.length ? accountability.roles : accountability.role ? [accountability.role] : [];
    const keys = roles.length ? (await (database as Knex)('directus_roles').select('key').whereIn('id', roles)).map((row) => row.key) : [];
    return keys.includes('social_work') ? 'amw' : 'staff';
  };

  const refuse = (what: string, plan: { message: string; log: string }): never => {
    logger.warn(`Refused ${what}: ${plan.log}`);
    throw new UserFacingError({ message: plan.message });
  };

  const raiseAttention = async (cases: Items, caseId: string | null, reason: string) => {
    if (!caseId) return;
    const row = await cases.readOne(caseId, { fields: ['status', 'attention_reason'] });
    if (row.status === 'closed') return;
    await cases.updateOne(caseId, { attention: true, attention_reason: addAttentionReason((row.attention_reason as string | null) ?? null, reason) }, { emitEvents: false });
  };

  /**
   * A person's update of `collection`: for each item they may read, `perItem` checks the change
   * (throwing a Dutch refusal) and leaves the writes that follow in `pending`, for the update's
   * own transaction. An item the user cannot read is left to Directus's permission check.
   */
  type PerItem = (key: string, payload: Row, accountability: Accountability & { user: string }, context: { database: unknown; schema: unknown }) => Promise<void>;
  const onPersonUpdate = (collection: string, perItem: PerItem) =>
    register.filter(`${collection}.items.update`, async (input, meta, context) => {
      const accountability = context.accountability as Accountability | null;
      if (!isPerson(accountability)) return input;
      const payload = input as Row;
      for (const key of ((meta as { keys?: unknown[] }).keys ?? []).map(String)) {
        pending.set(collection, key, accountability.user, null);
        if (!(await userCanRead(collection, key, context.database, context.schema, accountability))) continue;
        await perItem(key, payload, accountability, context);
      }
      return payload;
    });

  // --- cases ---------------------------------------------------------------------------------
  onPersonUpdate('cases', async (key, payload, accountability, context) => {
    const internal = await items('cases', context.database, context.schema);
    const current = await internal.readOne(key, { fields: CASE_FIELDS });
    const changes = changedFields(current, payload);
    const referrals = 'route' in changes
      ? ((await (await items('referrals', context.database, context.schema)).readByQuery({ filter: { case: { _eq: key } }, fields: ['id', 'target', 'status'], limit: -1 })) as unknown as CaseReferral[])
      : [];
    const override = planRouteOverride(current as unknown as OverrideCase, changes, referrals);
    if (!override.ok) return refuse('route override', override);
    const overridden = override.overridden ? override : null;
    const effective = overridden ? { ...changes, ...overridden.caseSet } : changes;
    const status = planCaseUpdate(current as unknown as CaseStatusState, effective, { isAdmin: accountability.admin === true, today: today() });
    if (!status.ok) return refuse('case update', status);

    const caseSet: Row = { ...status.set };
    let referral: Row | null = null;
    if (overridden) {
      Object.assign(caseSet, overridden.caseSet, { overridden_by: accountability.user, overridden_at: new Date().toISOString() });
      if (overridden.createAmwReferral) {
        const built = await amwReferralFor(current, context.database, context.schema);
        if (!built.ok) return refuse('route override to AMW', built);
        referral = built.referral;
      }
    }
    const withdraw = overridden?.withdraw ?? [];
    if (Object.keys(caseSet).length === 0 && !referral && withdraw.length === 0) return;
    pending.set('cases', key, accountability.user, async (trx) => {
      if (Object.keys(caseSet).length) await (await items('cases', trx)).updateOne(key, caseSet, { emitEvents: false });
      const referrals = await items('referrals', trx);
      // AMW may have started in the meantime: decide again on what the transaction sees.
      const now = withdraw.length ? ((await referrals.readByQuery({ filter: { case: { _eq: key } }, fields: ['id', 'target', 'status'], limit: -1 })) as unknown as CaseReferral[]) : [];
      const recheck = withdraw.length ? planRouteOverride(current as unknown as OverrideCase, changes, now) : null;
      if (recheck && !recheck.ok) return refuse('route override', recheck);
      for (const id of withdraw) await referrals.updateOne(id, { status: 'withdrawn' }, { emitEvents: false });
      if (referral) await referrals.createOne(referral, { emitEvents: false });
      if (overridden) logger.info(`Case ${key}: route overridden to ${overridden.route} (withdrawn ${withdraw.length}, new referral ${referral ? 1 : 0})`);
    });
  });

  const amwReferralFor = async (caseRow: Row, database: unknown, schema: unknown) => {
    const signals = (await (await items('signals', database, schema)).readByQuery({ filter: { case: { _eq: caseRow.id } }, fields: SIGNAL_FIELDS, limit: -1 })) as unknown as ReferralSignal[];
    const household = caseRow.household ? await (await items('households', database, schema)).readOne(String(caseRow.household), { fields: ['living_situation'] }) : null;
    const [partner] = await (await items('signal_partners', database, schema)).readByQuery({
      filter: { _and: [{ organisation_role: { _eq: 'social_work' } }, { active: { _eq: true } }] }, fields: ['id'], sort: ['id'], limit: 1,
    });
    return buildAmwReferral(
      { id: String(caseRow.id), period: (caseRow.period as string | null) ?? null, priority: (caseRow.priority as number | null) ?? null },
      signals,
      (household?.living_situation as string | null) ?? null,
      partner ? Number(partner.id) : null,
    );
  };

  // --- tasks ---------------------------------------------------------------------------------
  onPersonUpdate('tasks', async (key, payload, accountability, context) => {
    const tasks = await items('tasks', context.database, context.schema);
    const task = await tasks.readOne(key, { fields: ['kind', 'status', 'case'] });
    const changes = changedFields(task, payload);
    let caseConsent: boolean | null = null;
    if (task.case && changes.status === 'done') {
      const caseRow = await (await items('cases', context.database, context.schema)).readOne(String(task.case), { fields: ['rent_withholding_consent'] });
      caseConsent = caseRow.rent_withholding_consent === true;
    }
    const plan = planTaskUpdate(task as { kind: string; status: string }, changes, { caseConsent, userId: accountability.user, now: new Date().toISOString() });
    if (!plan.ok) return refuse('task update', plan);
    if (Object.keys(plan.set).length) pending.set('tasks', key, accountability.user, async (trx) => void (await (await items('tasks', trx)).updateOne(key, plan.set, { emitEvents: false })));
  });

  // --- referrals (AMW's own work) --------------------------------------------------------------
  onPersonUpdate('referrals', async (key, payload, accountability, context) => {
    const referrals = await items('referrals', context.database, context.schema);
    const actor = await referralActor(accountability, context.database);
    const current = await referrals.readOne(key, { fields: ['id', 'target', 'status', 'outcome', 'date_outcome', 'date_referred_back', 'case', 'period'] });
    // The workflow is that of a referral to AMW; a referral to debt services (sdv) has none yet.
    if (current.target !== 'amw') return;
    const changes = changedFields(current, payload);
    const plan = planReferralUpdate(current as unknown as ReferralState, changes, { actor, today: today() });
    if (!plan.ok) return refuse('referral update', plan);
    const effect: ReferralEffect | null = plan.effect;
    if (!Object.keys(plan.set).length && !effect) return;
    const day = today();
    pending.set('referrals', key, accountability.user, async (trx) => {
      if (Object.keys(plan.set).length) await (await items('referrals', trx)).updateOne(key, plan.set, { emitEvents: false });
      if (!effect) return;
      const caseId = (current.case as string | null) ?? null;
      if (effect.kind === 'referred_back') {
        const task = referredBackTask({ id: key, case: caseId, period: (current.period as string | null) ?? null }, day);
        const tasks = await items('tasks', trx);
        const [existing] = await tasks.readByQuery({ filter: { task_key: { _eq: task.task_key } }, fields: ['id'], limit: 1 });
        if (!existing) await tasks.createOne(task, { emitEvents: false });
      }
      await raiseAttention(await items('cases', trx), caseId, attentionFromReferral(effect, day));
      logger.info(`Referral ${key}: ${effect.kind}`);
    });
  });

  for (const collection of ['cases', 'tasks', 'referrals']) {
    onItemUpdatedInTransaction(register, collection, async (id, user, database) => {
      const work: TransactionWork | null = pending.take(collection, id, user);
      if (work) await work(database);
    });
  }

  // --- contact attempts ------------------------------------------------------------------------
  // The link to the case is set here, in the create's transaction (AMW cannot write `case`);
  // the case and AMW's referral move on with the attempt.
  onItemCreatedInTransaction(register, 'contact_attempts', async (id, database) => {
    const attempts = await items('contact_attempts', database);
    const attempt = await attempts.readOne(id, { fields: ['case', 'referral', 'reached', 'date'] });
    const referrals = await items('referrals', database);
    const referral = attempt.referral ? await referrals.readOne(String(attempt.referral), { fields: ['id', 'case', 'status'] }) : null;
    let caseId = (attempt.case as string | null) ?? null;
    if (!caseId && referral?.case) {
      caseId = String(referral.case);
      await attempts.updateOne(id, { case: caseId }, { emitEvents: false });
    }
    const cases = await items('cases', database);
    const caseRow = caseId ? ((await cases.readOne(caseId, { fields: ['status', 'date_first_contact', 'date_picked_up'] })) as unknown as AttemptCase) : null;
    const effects = planContactAttemptEffects(
      { reached: attempt.reached === true || attempt.reached === 1, date: String(attempt.date) },
      caseRow,
      referral ? { status: String(referral.status) } : null,
    );
    if (!effects.ok) return refuse('contact attempt', effects);
    if (caseId && Object.keys(effects.caseSet).length) await cases.updateOne(caseId, effects.caseSet, { emitEvents: false });
    if (referral && Object.keys(effects.referralSet).length) await referrals.updateOne(String(referral.id), effects.referralSet, { emitEvents: false });
  });
}
