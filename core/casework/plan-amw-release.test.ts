import { expect, test } from 'vitest';
import { planAmwRelease, type ReferralReleaseFacts } from './plan-amw-release.ts';

const referral = (id: string, over: Partial<ReferralReleaseFacts> = {}): ReferralReleaseFacts => ({ id, target: 'amw', period: '2026-11', status: 'new', date_sent: null, ...over });

test.each<[string, Partial<ReferralReleaseFacts>, { release: string[]; alreadySent: number; notReleasable: number; held: [] }]>([
  ['a new, unsent AMW referral of the period is released', {}, { release: ['r1'], alreadySent: 0, notReleasable: 0, held: [] }],
  ['already sent: AMW has it', { date_sent: '2026-12-11' }, { release: [], alreadySent: 1, notReleasable: 0, held: [] }],
  ['withdrawn (the route changed): not released', { status: 'withdrawn' }, { release: [], alreadySent: 0, notReleasable: 1, held: [] }],
  ['another period: not this run', { period: '2026-10' }, { release: [], alreadySent: 0, notReleasable: 0, held: [] }],
  ['a referral to debt services is not for AMW', { target: 'sdv' }, { release: [], alreadySent: 0, notReleasable: 0, held: [] }],
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
