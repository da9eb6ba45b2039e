/**
 * Decides how an upload's accepted rows become stored signals (covenant art. 12.2 fields
 * only): a new tenant becomes a new signal; a corrected re-upload for the same partner and
 * period updates the signals it already delivered instead of duplicating them; the same
 * tenant in a later month is a new signal, linked to the same household and marked as a
 * repeat. Pure: the caller gathers the existing state and writes the plan.
 */
import type { SignalRecord } from '../intake/signal-record.ts';
import { readableAddress } from '../household/readable-address.ts';

export type IncomingSignal = SignalRecord & { tenant_key: string; household_key: string };

export interface ExistingSignal {
  id: string;
  tenant_key: string;
  /** Work has started on it (a case or a status other than "Nog niet opgepakt"). */
  in_progress: boolean;
}

export interface EarlierSignal {
  id: string;
  household: string | null;
  period: string;
}

export interface SignalWriteContext {
  partner: number;
  period: string;
  upload: string;
  /** Used when a row has no signal date of its own. */
  uploadDate: string;
  /** Signals already stored for this partner and period (from earlier uploads). */
  samePeriod: ExistingSignal[];
  /** The latest signal of each tenant key in an earlier period, any partner. */
  earlier: Map<string, EarlierSignal>;
  /** Households that already exist, by address key. */
  households: Map<string, string>;
  newId: () => string;
}

export interface SignalRow extends SignalRecord {
  id: string;
  partner: number;
  period: string;
  upload: string;
  household: string;
  tenant_key: string;
  is_repeat: boolean;
  previous_signal: string | null;
  status: 'Nog niet opgepakt';
  signal_date: string;
}

export interface SignalWritePlan {
  households: Array<{ id: string; address_key: string; address: string }>;
  inserts: SignalRow[];
  updates: Array<{ id: string; changes: SignalRecord & { upload: string; household: string; signal_date: string } }>;
  /** Signals of an earlier upload for this period that the correction no longer lists. */
  deletes: string[];
  /** Same, but work had started: kept, and reported so staff can look at them. */
  keptInProgress: number;
  repeats: number;
}

export function planSignalWrites(incoming: IncomingSignal[], context: SignalWriteContext): SignalWritePlan {
  const plan: SignalWritePlan = { households: [], inserts: [], updates: [], deletes: [], keptInProgress: 0, repeats: 0 };
  const households = new Map(context.households);
  const samePeriod = new Map(context.samePeriod.map((signal) => [signal.tenant_key, signal]));
  const listed = new Set<string>();

  const householdFor = (signal: IncomingSignal): string => {
    // A repeat stays with the household it was linked to before, even after a change of address key.
    const previous = context.earlier.get(signal.tenant_key);
    if (previous?.household) return previous.household;
    let id = households.get(signal.household_key);
    if (!id) {
      id = context.newId();
      households.set(signal.household_key, id);
      plan.households.push({ id, address_key: signal.household_key, address: readableAddress(signal) });
    }
    return id;
  };

  for (const signal of incoming) {
    const { tenant_key, household_key: _householdKey, ...record } = signal;
    listed.add(tenant_key);
    const household = householdFor(signal);
    const signal_date = record.signal_date ?? context.uploadDate;
    const existing = samePeriod.get(tenant_key);
    if (existing) {
      plan.updates.push({ id: existing.id, changes: { ...record, signal_date, upload: context.upload, household } });
      continue;
    }
    const previous = context.earlier.get(tenant_key);
    if (previous) plan.repeats++;
    plan.inserts.push({
      ...record,
      id: context.newId(),
      partner: context.partner,
      period: context.period,
      upload: context.upload,
      household,
      tenant_key,
      is_repeat: Boolean(previous),
      previous_signal: previous?.id ?? null,
      status: 'Nog niet opgepakt',
      signal_date,
    });
  }

  for (const existing of context.samePeriod) {
    if (listed.has(existing.tenant_key)) continue;
    if (existing.in_progress) plan.keptInProgress++;
    else plan.deletes.push(existing.id);
  }
  return plan;
}
