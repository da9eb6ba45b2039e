import { describe, expect, test } from 'vitest';
import { nextStep, type NextStepFacts } from './next-step.ts';

const TERMS = { contactDays: 14, firstTalkDays: 28 };
const TODAY = '2026-12-05';
const base: NextStepFacts = {
  status: 'new',
  route: 'municipality',
  date_matched: '2026-11-28',
  date_first_contact: null,
  date_first_talk: null,
  talk_at: null,
  rent_withholding_consent: false,
  attempts: 0,
  openTasks: [],
  referrals: [],
};
const amwReferral = (status: string, date_sent: string | null = '2026-12-01') => ({ target: 'amw', status, date_sent });

describe('nextStep', () => {
  test.each<[string, Partial<NextStepFacts>, string, boolean?]>([
    ['a closed case has none', { status: 'closed' }, 'Geen: de zaak is afgesloten'],
    ['a case not to approach is closed', { route: 'none', status: 'new' }, 'Zaak afsluiten met eindresultaat'],
    ['a new municipality case starts with the invitation', {}, 'Uitnodiging versturen vóór 12 december 2026'],
    ['the invitation term runs out', { date_matched: '2026-11-01' }, 'Uitnodiging versturen vóór 15 november 2026 (termijn verlopen)'],
    ['an open task comes before waiting', { route: 'amw', openTasks: [{ kind: 'inform_case_manager', due_date: '2026-12-12' }], referrals: [amwReferral('new')] }, 'Klantmanager schulddienstverlening informeren vóór 12 december 2026'],
    ['the earliest task first', { status: 'picked_up', openTasks: [{ kind: 'overdue', due_date: '2026-12-20' }, { kind: 'referred_back', due_date: '2026-12-10' }] }, 'Zaak terugnemen van AMW en contact opnemen vóór 10 december 2026'],
    ['an active AMW referral: wait for AMW', { route: 'amw', referrals: [amwReferral('in_progress')] }, 'Wacht op AMW'],
    ['a referral not released yet', { route: 'amw', referrals: [amwReferral('new', null)] }, 'Wacht op vrijgave van de doorverwijzing aan AMW'],
    ['referred back without a task: contact', { route: 'amw', status: 'picked_up', referrals: [amwReferral('referred_back')] }, 'Contact opnemen vóór 12 december 2026'],
    ['an unanswered attempt: try again', { status: 'picked_up', attempts: 1 }, 'Opnieuw contact proberen vóór 12 december 2026'],
    ['invited (talk planned) and not yet reached: contact', { status: 'picked_up', talk_at: '2026-12-10T10:00:00' }, 'Contact opnemen vóór 12 december 2026'],
    ['in contact, talk planned', { status: 'in_contact', date_first_contact: '2026-12-01', talk_at: '2026-12-10T10:00:00' }, 'Gesprek voeren op 10 december 2026 om 10:00'],
    ['in contact, no talk planned', { status: 'in_contact', date_first_contact: '2026-12-01' }, 'Eerste gesprek plannen vóór 26 december 2026'],
    ['rent withholding waits for the consent until after the talk', { status: 'in_contact', date_first_contact: '2026-12-01', openTasks: [{ kind: 'rent_withholding', due_date: '2026-12-12' }] }, 'Eerste gesprek plannen vóór 26 december 2026'],
    ['after the talk: consent and withholding', { status: 'in_contact', date_first_contact: '2026-12-01', date_first_talk: '2026-12-03', openTasks: [{ kind: 'rent_withholding', due_date: '2026-12-12' }] }, 'Machtiging huur inhouden vastleggen en huur inhouden vóór 12 december 2026'],
    ['with the consent, withholding is the task', { status: 'in_contact', rent_withholding_consent: true, openTasks: [{ kind: 'rent_withholding', due_date: '2026-12-12' }] }, 'Huur inhouden op de uitkering vóór 12 december 2026'],
    ['all done: close', { status: 'in_contact', date_first_contact: '2026-12-01', date_first_talk: '2026-12-03' }, 'Zaak afsluiten met eindresultaat'],
    ['AMW finished: close', { route: 'amw', status: 'in_contact', date_first_contact: '2026-12-01', referrals: [amwReferral('closed')] }, 'Zaak afsluiten met eindresultaat'],
    ['no decision date: no deadline', { date_matched: null }, 'Uitnodiging versturen'],
  ])('%s', (_name, over, label) => {
    expect(nextStep({ ...base, ...over }, TERMS, TODAY).label).toBe(label);
  });

  test('late and waiting marks', () => {
    expect(nextStep({ ...base, date_matched: '2026-11-01' }, TERMS, TODAY)).toMatchObject({ due: '2026-11-15', late: true, waiting: false });
    expect(nextStep({ ...base, route: 'amw', referrals: [amwReferral('new')] }, TERMS, TODAY)).toMatchObject({ due: null, late: false, waiting: true });
  });
});
