import { describe, expect, test } from 'vitest';
import { decideBrpReview } from './brp-review-decision.ts';

const base = { candidateBsns: ['999993653', '999990019'], decidedBy: 'user-1', decidedAt: '2026-11-30T10:00:00.000Z' };

describe('decideBrpReview', () => {
  test.each([
    { name: 'not a resident clears the BSN', decision: 'not_resident', bsn: undefined, expected: { ok: true, chosenBsn: null, fields: { match_status: 'not_resident', bsn: null } } },
    { name: 'not a resident ignores a posted BSN', decision: 'not_resident', bsn: '999993653', expected: { ok: true, fields: { match_status: 'not_resident', bsn: null } } },
    { name: 'a live candidate is confirmed', decision: 'confirm', bsn: '999993653', expected: { ok: true, chosenBsn: '999993653', fields: { match_status: 'confirmed', bsn: '999993653', match_decided_by: 'user-1' } } },
    { name: 'a BSN outside the candidates is refused', decision: 'confirm', bsn: '123456782', expected: { ok: false, message: 'Deze persoon hoort niet bij de kandidaten van dit signaal.' } },
    { name: 'a malformed BSN is refused', decision: 'confirm', bsn: '12345', expected: { ok: false, message: 'Kies een kandidaat of "geen inwoner".' } },
    { name: 'no decision is refused', decision: undefined, bsn: undefined, expected: { ok: false } },
    { name: 'an unknown decision is refused', decision: 'delete', bsn: '999993653', expected: { ok: false } },
  ])('$name', ({ decision, bsn, expected }) => {
    expect(decideBrpReview({ ...base, decision, bsn })).toMatchObject(expected);
  });
});
