import { describe, expect, test } from 'vitest';
import { CASE_STATUSES, LIVING_SITUATIONS, ORGANISATIONS, REFERRAL_STATUSES, REFERRAL_TARGETS, ROUTES, TASK_KINDS, TASK_STATUSES } from '../../../directus/schema/model.ts';
import { CASE_PAGE_LABELS, caseStatusLabel, routeLabel, ruleLabel, taskKindLabel } from './case-labels.ts';

describe('case page labels', () => {
  test.each([
    ['CASE_STATUS', CASE_STATUSES],
    ['ROUTE', ROUTES],
    ['REFERRAL_TARGET', REFERRAL_TARGETS],
    ['REFERRAL_STATUS', REFERRAL_STATUSES],
    ['TASK_KIND', TASK_KINDS],
    ['TASK_STATUS', TASK_STATUSES],
    ['ORGANISATION', ORGANISATIONS],
    ['LIVING_SITUATION', LIVING_SITUATIONS],
  ] as const)('%s says what the data model says', (name, choices) => {
    expect(CASE_PAGE_LABELS[name]).toEqual(Object.fromEntries(choices));
  });

  test.each([
    [caseStatusLabel, 'in_contact', 'In contact'],
    [caseStatusLabel, 'weird', 'onbekend'],
    [caseStatusLabel, null, 'onbekend'],
    [routeLabel, 'amw', 'AMW'],
    [taskKindLabel, 'rent_withholding', 'Huur inhouden op de uitkering'],
    [taskKindLabel, 'toString', 'onbekend'],
  ])('%#: %s → %s', (label, code, expected) => {
    expect(label(code)).toBe(expected);
  });

  test.each([
    ['huurschuld-convenant@1', 'huurschuld-convenant, versie 1'],
    ['voorbeeldgegevens', 'voorbeeldgegevens'],
    [null, 'onbekend'],
  ])('rule %s → %s', (ref, expected) => {
    expect(ruleLabel(ref)).toBe(expected);
  });
});
