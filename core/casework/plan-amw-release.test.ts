import { expect, test } from 'vitest';
import { planAmwRelease, type ReferralReleaseFacts } from './plan-amw-release.ts';

const referral = (id: string, over: Partial<ReferralReleaseFacts> = {}): ReferralReleaseFacts => ({ id, target: 'amw', period: '2026-11', status: 'new', date_sent: null, ...over });

test.each<[string, Partial<ReferralReleaseFacts>, { release: string[]; alreadySent: number; notReleasable: number }]>([
  ['a new, unsent AMW referral of the period is released', {}, { release: ['r1'], alreadySent: 0, notReleasable: 0 }],
  ['already sent: AMW has it', { date_sent: '2026-12-11' }, { release: [], alreadySent: 1, notReleasable: 0 }],
  ['withdrawn (the route changed): not released', { status: 'withdrawn' }, { release: [], alreadySent: 0, notReleasable: 1 }],
  ['another period: not this run', { period: '2026-10' }, { release: [], alreadySent: 0, notReleasable: 0 }],
  ['a referral to debt services is not for AMW', { target: 'sdv' }, { release: [], alreadySent: 0, notReleasable: 0 }],
])('%s', (_name, over, expected) => {
  expect(planAmwRelease({ period: '2026-11', referrals: [referral('r1', over)] })).toEqual(expected);
});

test('several, in the order given', () => {
  const plan = planAmwRelease({ period: '2026-11', referrals: [referral('r2'), referral('r1'), referral('r3', { date_sent: '2026-12-11' })] });
  expect(plan.release).toEqual(['r2', 'r1']);
  expect(plan.alreadySent).toBe(1);
});
