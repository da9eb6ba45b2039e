import { describe, expect, test } from 'vitest';
import { periodInputsComplete, type SourceListFacts } from './period-inputs.ts';
import type { PartnerFacts, UploadFacts } from './plan-upload-tasks.ts';

const partner = (id: number, over: Partial<PartnerFacts> = {}): PartnerFacts => ({ id, name: `P${id}`, organisation_role: 'signal_partner', active: true, active_from: null, active_until: null, expected_monthly_signals: null, ...over });
const partners = [partner(1), partner(2), partner(3, { organisation_role: 'social_work' }), partner(4, { active_until: '2026-06-30' })];
const both: UploadFacts[] = [{ partner: 1, status: 'processed', accepted: 200 }, { partner: 2, status: 'processed', accepted: 3 }];
const benefits: SourceListFacts = { kind: 'benefits', status: 'processed', reference_date: '2026-11-30' };

describe('periodInputsComplete (2026-11)', () => {
  test.each<[string, UploadFacts[], SourceListFacts[], boolean]>([
    ['both active corporations and the benefits list', both, [benefits], true],
    ['a corporation still missing', both.slice(0, 1), [benefits], false],
    ['an upload still processing', [both[0]!, { partner: 2, status: 'processing', accepted: null }], [benefits], false],
    ['a refused upload does not count', [both[0]!, { partner: 2, status: 'refused', accepted: 0 }], [benefits], false],
    ['no benefits list', both, [{ ...benefits, kind: 'water' }], false],
    ['a benefits list from before the period', both, [{ ...benefits, reference_date: '2026-10-31' }], false],
    ['a benefits list not processed yet', both, [{ ...benefits, status: 'processing' }], false],
  ])('%s → %s', (_name, uploads, sourceLists, complete) => {
    expect(periodInputsComplete({ period: '2026-11', partners, uploads, sourceLists })).toBe(complete);
  });

  test('without any active signal partner nothing is complete', () => {
    expect(periodInputsComplete({ period: '2026-11', partners: [partner(4, { active_until: '2026-06-30' })], uploads: [], sourceLists: [benefits] })).toBe(false);
  });
});
