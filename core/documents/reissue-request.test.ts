import { describe, expect, test } from 'vitest';
import { checkReissueRequest, isReissueRequest } from './reissue-request.ts';

describe('isReissueRequest', () => {
  test.each([
    [{ status: 'requested' }, false, true],
    [{ reissue_reason: 'x' }, true, true],
    [{ reissue_of: 'abc' }, false, true],
    [{ kind: 'amw_overview', reissue_reason: 'x' }, false, true],
    // A person's letter without status: the presets will make it a request.
    [{ kind: 'letter', case: 'c' }, false, true],
    [{ case: 'c' }, false, true],
    [{ kind: 'letter', case: 'c' }, true, false],
    [{ kind: 'letter', letter_key: 'k', case: 'c' }, false, false],
    [{ kind: 'letter', status: 'ready', case: 'c' }, false, false],
    [{ kind: 'partner_feedback' }, false, false],
    [{ kind: 'partner_feedback', status: 'requested' }, false, true],
  ])('%o (admin: %s) → %s', (payload, admin, expected) => {
    expect(isReissueRequest(payload, { admin })).toBe(expected);
  });
});

describe('checkReissueRequest', () => {
  const reasonMessage = 'Geef een reden op waarom de brief opnieuw moet worden gemaakt (minstens 5 tekens).';
  test.each([
    [{ case: 'c', reissue_reason: 'Adres was verkeerd' }, { ok: true }],
    [{ reissue_of: 'd', reissue_reason: 'Kwijt  ' }, { ok: true }],
    [{ case: 'c', reissue_reason: 'kwijt', kind: 'letter', status: 'requested' }, { ok: true }],
    [{ case: 'c', reissue_reason: ' ok  ' }, { ok: false, message: reasonMessage }],
    [{ case: 'c' }, { ok: false, message: reasonMessage }],
    [{ case: 'c', reissue_reason: 12345 }, { ok: false, message: reasonMessage }],
    [{ reissue_reason: 'Adres was verkeerd' }, { ok: false, message: 'Kies de zaak of de eerdere brief waarvoor de brief opnieuw moet worden gemaakt.' }],
    [{ case: 'c', reissue_reason: 'Adres was verkeerd', kind: 'amw_overview' }, { ok: false, message: 'Alleen een brief kan opnieuw worden gemaakt.' }],
  ])('%o → %o', (payload, expected) => {
    expect(checkReissueRequest(payload)).toEqual(expected);
  });
});
