import { expect, test } from 'vitest';
import { planAmwRelease, type ReferralReleaseFacts } from './plan-amw-release.ts';

const referral = (id: string, over: Partial<ReferralReleaseFacts> = {}): ReferralReleaseFacts => ({ id, target: 'amw', period: '2026-11', status: 'new', date_sent: null, advance_notice_sent: true, ...over });

test.each<[string, Partial<ReferralReleaseFacts>, { release: string[]; alreadySent: number; notReleasable: number; held: []; awaitingNotice: string[] }]>([
  ['a new, unsent AMW referral of the period is released', {}, { release: ['r1'], alreadySent: 0, notReleasable: 0, held: [], awaitingNotice: [] }],
  ['already sent: AMW has it', { date_sent: '2026-12-11' }, { release: [], alreadySent: 1, notReleasable: 0, held: [], awaitingNotice: [] }],
  ['withdrawn (the route changed): not released', { status: 'withdrawn' }, { release: [], alreadySent: 0, notReleasable: 1, held: [], awaitingNotice: [] }],
  ['another period: not this run', { period: '2026-10' }, { release: [], alreadySent: 0, notReleasable: 0, held: [], awaitingNotice: [] }],
  ['a referral to debt services is not for AMW', { target: 'sdv' }, { release: [], alreadySent: 0, notReleasable: 0, held: [], awaitingNotice: [] }],
])('%s', (_name, over, expected) => {
  expect(planAmwRelease({ period: '2026-11', referrals: [referral('r1', over)] })).toEqual(expected);
});

test('several, in the order given', () => {
  const plan = planAmwRelease({ period: '2026-11', referrals: [referral('r2'), referral('r1'), referral('r3', { date_sent: '2026-12-11' })] });
  expect(plan.release).toEqual(['r2', 'r1']);
  expect(plan.alreadySent).toBe(1);
});

test('a benefit the municipality pays (a late benefits list) holds the referral back, with attention on its case', () => {
  const plan = planAmwRelease({
    period: '2026-11',
    municipalBenefitKinds: ['Participatiewet', 'IOAW'],
    referrals: [
      referral('r1', { case: 'c1', benefits: [{ value: 'participatiewet', source_date: '2026-12-05' }] }),
      referral('r2', { case: 'c2', benefits: [{ value: 'WW', source_date: '2026-12-05' }] }),
      referral('r3', { case: 'c3', benefits: [{ value: 'IOAW', source_date: '2026-12-05' }], overridden: true }),
    ],
  });
  expect(plan.release).toEqual(['r2', 'r3']);
  expect(plan.held).toEqual([{ id: 'r1', case: 'c1', attention: 'Uitkering participatiewet volgens de uitkeringslijst van 5 december 2026: doorverwijzing naar AMW aangehouden (uitkering van de gemeente: uitnodiging gemeente) — route controleren' }]);
});

test.each<[string, Partial<ReferralReleaseFacts>, { release: string[]; awaitingNotice: string[]; held: number }]>([
  ['no advance notice yet: the referral waits, AMW does not get it', { advance_notice_sent: false }, { release: [], awaitingNotice: ['r1'], held: 0 }],
  ['with the advance notice: released', { advance_notice_sent: true }, { release: ['r1'], awaitingNotice: [], held: 0 }],
  ['no advance notice and a municipal benefit: held back (the route is wrong), not waiting', { advance_notice_sent: false, case: 'c1', benefits: [{ value: 'Participatiewet', source_date: '2026-12-05' }] }, { release: [], awaitingNotice: [], held: 1 }],
  ['already sent before the rule: stays sent', { advance_notice_sent: false, date_sent: '2026-12-11' }, { release: [], awaitingNotice: [], held: 0 }],
])('%s', (_name, over, expected) => {
  const plan = planAmwRelease({ period: '2026-11', municipalBenefitKinds: ['Participatiewet'], referrals: [referral('r1', over)] });
  expect({ release: plan.release, awaitingNotice: plan.awaitingNotice, held: plan.held.length }).toEqual(expected);
});
