/**
 * The objection register (issue 12, art. 10.3/10.4): an objection is saved only when it
 * identifies someone, and saving it (created or edited) at once withdraws AMW's open
 * referrals of that person and gives staff a task to inform the partners that received the
 * data, in the same transaction as the save (core/privacy/plan-objection-effects.ts decides).
 * Routing, letters and the AMW overview read the register themselves (jobs/cycle/read-objections.ts).
 * Logs carry ids and counts only.
 */
import { amsterdamDate } from '../../../core/cycle/amsterdam-date.ts';
import { identifiesSomeone } from '../../../core/privacy/match-objection.ts';
import { planObjectionEffects, type CandidateSignal, type CaseState, type ReferralState } from '../../../core/privacy/plan-objection-effects.ts';
import { objectionRecord, signalIdentity } from '../../../jobs/cycle/read-objections.ts';
import type { HookContext, Register } from '../lib/hook-types.ts';
import { readDbDate } from '../lib/db-dates.ts';
import { onItemCreatedInTransaction } from '../lib/on-item-created.ts';
import { onItemUpdatedInTransaction } from '../lib/on-item-updated.ts';
import { UserFacingError } from '../lib/user-facing-error.ts';

type Row = Record<string, unknown>;
type Knex = import('knex').Knex;
interface Items {
  updateMany(keys: string[], data: Row, opts?: Row): Promise<unknown>;
  updateOne(key: string, data: Row, opts?: Row): Promise<unknown>;
  createMany(data: Row[], opts?: Row): Promise<unknown>;
}

const NO_IDENTITY = 'Vul het BSN in, of achternaam, geboortedatum, postcode en huisnummer: anders kan het bezwaar niet worden uitgevoerd.';
const text = (value: unknown): string | null => (value === null || value === undefined || String(value).trim() === '' ? null : String(value));

export function registerObjectionHooks(register: Register, { services, getSchema, logger }: HookContext) {
  const items = async (collection: string, database: unknown): Promise<Items> =>
    new services.ItemsService(collection, { schema: await getSchema(), knex: database as never, accountability: null }) as unknown as Items;

  // A postcode as people type it ("6009 bb") is stored as the signals hold it ("6009BB"): the
  // column has room for six characters, and the hook's address lookup compares like for like.
  const normalisePostcode = (payload: Row) => {
    if (typeof payload.postcode === 'string') payload.postcode = payload.postcode.replace(/\s+/g, '').toUpperCase();
  };
  register.filter('objections.items.update', (input) => {
    normalisePostcode((input ?? {}) as Row);
    return input;
  });

  register.filter('objections.items.create', (input) => {
    const payload = (input ?? {}) as Row;
    normalisePostcode(payload);
    const identity = { bsn: text(payload.bsn), surname: text(payload.surname), birth_date: text(payload.birth_date), postcode: text(payload.postcode), house_number: payload.house_number === undefined || payload.house_number === null || payload.house_number === '' ? null : Number(payload.house_number) };
    if (!identifiesSomeone(identity)) {
      logger.warn('Refused an objection without a BSN or a full identity');
      throw new UserFacingError({ message: NO_IDENTITY });
    }
    return input;
  });

  const apply = async (id: string, database: unknown) => {
    const knex = database as Knex;
    const row = (await knex('objections').where({ id }).first()) as Row | undefined;
    if (!row) return;
    const objection = objectionRecord(row);
    if (!identifiesSomeone(objection)) throw new UserFacingError({ message: NO_IDENTITY });
    const postcode = (objection.postcode ?? '').replace(/\s+/g, '').toUpperCase();
    if (!objection.bsn && !(postcode && objection.house_number !== null)) return;
    const signalRows = (await knex('signals as s')
      .leftJoin('signal_partners as p', 'p.id', 's.partner')
      .select('s.id', 's.case', 's.household', 's.bsn', 's.surname', 's.name_prefix', 's.birth_date', 's.postcode', 's.house_number', 'p.name as partner_name')
      .where((query) => {
        if (objection.bsn) query.orWhere('s.bsn', objection.bsn);
        if (postcode && objection.house_number !== null) query.orWhere((address) => address.whereRaw("upper(replace(s.postcode, ' ', '')) = ?", [postcode]).andWhere('s.house_number', objection.house_number));
      })) as Row[];
    const signals: CandidateSignal[] = signalRows.map((signal) => ({ ...signalIdentity(signal), id: String(signal.id), case: text(signal.case), household: text(signal.household), partner_name: String(signal.partner_name ?? '') }));
    const caseIds = [...new Set(signals.map((signal) => signal.case).filter((value): value is string => value !== null))];
    const cases: CaseState[] = caseIds.length ? ((await knex('cases').select('id', 'status', 'period').whereIn('id', caseIds)) as Row[]).map((item) => ({ id: String(item.id), status: String(item.status ?? ''), period: text(item.period) })) : [];
    const referrals: ReferralState[] = caseIds.length
      ? ((await knex('referrals as r').leftJoin('signal_partners as p', 'p.id', 'r.partner').select('r.id', 'r.case', 'r.target', 'r.status', 'r.date_sent', 'p.name as partner_name').whereIn('r.case', caseIds)) as Row[]).map((item) => ({
          id: String(item.id),
          case: text(item.case),
          target: String(item.target ?? ''),
          status: String(item.status ?? ''),
          date_sent: item.date_sent === null || item.date_sent === undefined ? null : readDbDate(item.date_sent as string | number | Date),
          partner_name: text(item.partner_name),
        }))
      : [];
    const existing = (await knex('tasks').select('task_key').where('task_key', 'like', `inform_partners:objection:${id}:%`)) as Row[];
    const effects = planObjectionEffects({ objection, today: amsterdamDate(new Date()), signals, cases, referrals, existingTaskKeys: new Set(existing.map((task) => String(task.task_key))) });

    if (effects.withdraw.length) await (await items('referrals', database)).updateMany(effects.withdraw, { status: 'withdrawn' }, { emitEvents: false });
    if (effects.tasks.length) await (await items('tasks', database)).createMany(effects.tasks as unknown as Row[], { emitEvents: false });
    if (effects.household && !text(row.household)) await (await items('objections', database)).updateOne(id, { household: effects.household }, { emitEvents: false });
    if (effects.withdraw.length || effects.tasks.length) logger.info(`Objection ${id}: ${effects.withdraw.length} AMW referral(s) withdrawn, ${effects.tasks.length} inform-partners task(s) for ${effects.cases.length} case(s)`);
  };

  onItemCreatedInTransaction(register, 'objections', apply);
  onItemUpdatedInTransaction(register, 'objections', (id, _user, database) => apply(id, database));
}
