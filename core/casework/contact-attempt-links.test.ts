import { describe, expect, test } from 'vitest';
import { resolveContactAttemptLinks } from './contact-attempt-links.ts';

describe('resolveContactAttemptLinks', () => {
  test.each([
    ['case only', { case: 'c1' }, null, { ok: true, case: 'c1', referral: null }],
    ['referral fills the case', { referral: 'r1' }, { id: 'r1', case: 'c1' }, { ok: true, case: 'c1', referral: 'r1' }],
    ['referral and its own case', { referral: 'r1', case: 'c1' }, { id: 'r1', case: 'c1' }, { ok: true, case: 'c1', referral: 'r1' }],
  ])('%s', (_name, payload, referral, expected) => {
    expect(resolveContactAttemptLinks(payload, referral)).toEqual(expected);
  });

  test.each([
    ['neither case nor referral', {}, null, 'Een contactpoging hoort bij een zaak of een doorverwijzing; kies er een.'],
    ['a referral the user cannot see', { referral: 'r2' }, null, 'Deze doorverwijzing bestaat niet of is niet aan uw organisatie gericht.'],
    ['a case that is not the referral’s', { referral: 'r1', case: 'c9' }, { id: 'r1', case: 'c1' }, 'De gekozen zaak hoort niet bij deze doorverwijzing.'],
  ])('refuses %s with a Dutch reason', (_name, payload, referral, message) => {
    const result = resolveContactAttemptLinks(payload, referral);
    expect(result).toMatchObject({ ok: false, message });
  });
});
