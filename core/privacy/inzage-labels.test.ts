import { describe, expect, test } from 'vitest';
import { BRP_SITUATIONS, CASE_STATUSES, FACT_KINDS, MATCH_STATUSES, OBJECTION_SCOPES, ORGANISATIONS, PRIVACY_REQUEST_KINDS, PRIVACY_REQUEST_STATUSES, REFERRAL_STATUSES, REFERRAL_TARGETS, SOURCE_KINDS } from '../../directus/schema/model.ts';
import { brpSituationLabel, caseStatusLabel, factLabel, matchStatusLabel, objectionScopeLabel, organisationLabel, referralStatusLabel, referralTargetLabel, requestKindLabel, requestStatusLabel, routeLabel, sourceKindLabel } from './inzage-labels.ts';

// The report uses the words staff see in the app: the choices of the data model. The route is
// the exception: the tenant reads "AMW (algemeen maatschappelijk werk)", not staff's shorthand.
describe('the inzage report names codes as the app does', () => {
  test.each([
    ['case status', CASE_STATUSES, caseStatusLabel],
    ['referral target', REFERRAL_TARGETS, referralTargetLabel],
    ['referral status', REFERRAL_STATUSES, referralStatusLabel],
    ['organisation', ORGANISATIONS, organisationLabel],
    ['fact', FACT_KINDS, factLabel],
    ['source kind', SOURCE_KINDS, sourceKindLabel],
    ['match status', MATCH_STATUSES, matchStatusLabel],
    ['BRP situation', BRP_SITUATIONS, brpSituationLabel],
    ['objection scope', OBJECTION_SCOPES, objectionScopeLabel],
    ['request kind', PRIVACY_REQUEST_KINDS, requestKindLabel],
    ['request status', PRIVACY_REQUEST_STATUSES, requestStatusLabel],
  ] as const)('%s', (_, choices, label) => {
    for (const [code, word] of choices) expect(label(code), code).toBe(word);
  });

  test('the route in words a tenant understands', () => {
    expect(routeLabel('amw')).toBe('AMW (algemeen maatschappelijk werk)');
    expect(routeLabel('municipality')).toBe('Gemeente (uitnodiging regisseur)');
  });

  test('an unknown code is shown as stored, nothing as empty', () => {
    expect(routeLabel('elders')).toBe('elders');
    expect(routeLabel(null)).toBe('');
  });
});
