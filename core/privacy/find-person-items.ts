/**
 * The items of one person (a deletion or shielding request, art. 9): their signals — found by
 * BSN, or by surname, birth date, postcode and house number — the referrals addressed to them,
 * and what erasing them takes along. A case all of whose signals are the person's goes whole;
 * a case shared with another tenant of the household stays with that tenant's signal, and
 * only the person's own signals and referrals go. Pure: rows in, ids out.
 */
import type { ErasureSeeds } from './erasure-set.ts';
// Name, birth date and address agree: core/privacy/same-person.ts, the rule objections and inzage use too.
import { bsnKey, hasFullIdentity, sameIdentity, type IdentityFields } from './same-person.ts';

export type PersonIdentity = IdentityFields;

export interface PersonSignalRow {
  id: string;
  bsn: string | null;
  surname: string | null;
  birth_date: string | null;
  postcode: string | null;
  house_number: number | string | null;
  case: string | null;
  household: string | null;
  partner: number | null;
}

export interface PersonReferralRow {
  id: string;
  surname: string | null;
  birth_date: string | null;
  postcode: string | null;
  house_number: number | string | null;
  case: string | null;
  partner: number | null;
  date_sent: string | null;
}

export type PersonItems =
  | { ok: false; reason: 'identity' }
  | {
      ok: true;
      signals: string[];
      referrals: string[];
      /** Cases that go whole. */
      cases: string[];
      /** Cases that stay because another tenant's signal is in them. */
      sharedCases: string[];
      households: string[];
      /** Partners that received the person's data: the corporations that reported them, AMW once a referral was sent. */
      partners: number[];
      seeds: ErasureSeeds;
    };

/** Enough to tell one person from another: a BSN, or surname + birth date + postcode + house number. */
export function identityIsComplete(identity: PersonIdentity): boolean {
  return bsnKey(identity.bsn).length >= 8 || hasFullIdentity(identity);
}

export function findPersonItems(identity: PersonIdentity, rows: { signals: readonly PersonSignalRow[]; referrals: readonly PersonReferralRow[] }): PersonItems {
  if (!identityIsComplete(identity)) return { ok: false, reason: 'identity' };
  const bsn = bsnKey(identity.bsn);
  const signals = rows.signals.filter((row) => {
    const rowBsn = bsnKey(row.bsn);
    if (bsn && rowBsn) return bsn === rowBsn; // two known BSNs decide, whatever the name says
    return sameIdentity(identity, row);
  });
  const signalIds = new Set(signals.map((row) => row.id));
  // Referrals carry no BSN: by name and address, or the one of a case that goes whole below.
  const namedReferrals = rows.referrals.filter((row) => sameIdentity(identity, row) || signals.some((signal) => sameIdentity(signal, row)));

  const touched = new Set([...signals, ...namedReferrals].map((row) => row.case).filter((id): id is string => !!id));
  const cases: string[] = [];
  const sharedCases: string[] = [];
  for (const caseId of touched) {
    const others = rows.signals.some((row) => row.case === caseId && !signalIds.has(row.id));
    (others ? sharedCases : cases).push(caseId);
  }
  const whole = new Set(cases);
  const referrals = [...new Set([...namedReferrals.map((row) => row.id), ...rows.referrals.filter((row) => row.case && whole.has(row.case)).map((row) => row.id)])].sort();
  const referralRows = rows.referrals.filter((row) => referrals.includes(row.id));
  const partners = [...new Set([...signals.map((row) => row.partner), ...referralRows.filter((row) => row.date_sent).map((row) => row.partner)].filter((id): id is number => typeof id === 'number'))].sort((a, b) => a - b);
  const households = [...new Set(signals.map((row) => row.household).filter((id): id is string => !!id))].sort();
  return {
    ok: true,
    signals: [...signalIds].sort(),
    referrals,
    cases: cases.sort(),
    sharedCases: sharedCases.sort(),
    households,
    partners,
    seeds: { cases, signals: signalIds, referrals },
  };
}
