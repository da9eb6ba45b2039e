import { describe, expect, test } from 'vitest';
import { dutchDate } from '../routing/dutch-date.ts';
import { DEFAULT_OVERDUE_SETTINGS, overdueSettings, overdueTaskKey, parseOverdueTaskKey, planOverdueTasks, type OpenOverdueTask, type OverdueCaseFacts } from './plan-overdue-tasks.ts';

const DECIDED = '2026-11-02';
const aCase = (id: string, over: Partial<OverdueCaseFacts> = {}): OverdueCaseFacts => ({
  id, period: '2026-10', status: 'new', route: 'amw', date_matched: DECIDED, date_first_contact: null, date_first_talk: null, first_attempt: null, ...over,
});

function plan(cases: OverdueCaseFacts[], today: string, options: { existing?: string[]; open?: OpenOverdueTask[]; settings?: typeof DEFAULT_OVERDUE_SETTINGS } = {}) {
  return planOverdueTasks({ today, settings: options.settings ?? DEFAULT_OVERDUE_SETTINGS, cases, existingTaskKeys: options.existing ?? [], openTasks: options.open ?? [] });
}
const keys = (result: ReturnType<typeof plan>) => result.tasks.map((task) => task.task_key);

describe('overdueSettings', () => {
  test.each([
    ['no settings row', undefined, { contactDays: 14, firstTalkDays: 28 }],
    ['a row with empty fields', { overdue_contact_days: null, overdue_first_talk_days: null }, { contactDays: 14, firstTalkDays: 28 }],
    ['a row with own terms', { overdue_contact_days: 7, overdue_first_talk_days: 21 }, { contactDays: 7, firstTalkDays: 21 }],
    ['a negative term is ignored', { overdue_contact_days: -1, overdue_first_talk_days: 0 }, { contactDays: 14, firstTalkDays: 0 }],
  ])('%s', (_name, row, settings) => expect(overdueSettings(row)).toEqual(settings));
});

describe('task keys', () => {
  test('round trip; other keys are not overdue keys', () => {
    expect(overdueTaskKey('contact', 'abc-1')).toBe('overdue:contact:abc-1');
    expect(parseOverdueTaskKey('overdue:talk:abc-1')).toEqual({ term: 'talk', caseId: 'abc-1' });
    expect(parseOverdueTaskKey('missing_upload:1:2026-11')).toBeNull();
    expect(parseOverdueTaskKey('overdue:other:abc')).toBeNull();
  });
  test('Dutch dates', () => expect(dutchDate('2026-11-02')).toBe('2 november 2026'));
});

describe('no contact attempt within the term (14 days from the decision)', () => {
  test.each([
    ['on day 14 the term still runs', '2026-11-16', []],
    ['on day 15 it ran out', '2026-11-17', ['overdue:contact:c1']],
    ['long after', '2027-02-01', ['overdue:contact:c1']],
  ])('%s', (_name, today, expected) => expect(keys(plan([aCase('c1')], today))).toEqual(expected));

  test('the task: kind, case, the case\'s period, due on the day the term ran out, Dutch description', () => {
    expect(plan([aCase('c1')], '2026-11-20').tasks).toEqual([{
      kind: 'overdue', term: 'contact', case: 'c1', period: '2026-10', due_date: '2026-11-16', task_key: 'overdue:contact:c1',
      description: 'Geen contactpoging binnen 14 dagen na de beslissing (beslist op 2 november 2026, route AMW). Neem contact op met de huurder of vraag AMW naar de stand van zaken en leg de poging vast.',
    }]);
  });

  test.each<[string, Partial<OverdueCaseFacts>, string[]]>([
    ['an attempt on day 14 counts', { first_attempt: '2026-11-16' }, []],
    ['an attempt by AMW (on its referral) counts like the municipality\'s', { first_attempt: '2026-11-05' }, []],
    ['an attempt after the term still settles it (no task for what is already done)', { first_attempt: '2026-11-18' }, []],
    ['an attempt dated after "today" does not count yet', { first_attempt: '2026-11-25' }, ['overdue:contact:c1']],
    ['a recorded first contact counts as an attempt', { date_first_contact: '2026-11-10' }, []],
    ['a closed case is not watched', { status: 'closed' }, []],
    ['a case that is not contacted (route none) is not watched', { route: 'none' }, []],
    ['a case without a route yet is not watched', { route: null }, []],
    ['picked up and in contact are still open', { status: 'picked_up' }, ['overdue:contact:c1']],
  ])('%s', (_name, over, expected) => expect(keys(plan([aCase('c1', over)], '2026-11-20'))).toEqual(expected));

  test('a shorter term from the settings', () => {
    const settings = { contactDays: 7, firstTalkDays: 28 };
    expect(keys(plan([aCase('c1')], '2026-11-09', { settings }))).toEqual([]);
    expect(plan([aCase('c1')], '2026-11-10', { settings }).tasks[0]).toMatchObject({ due_date: '2026-11-09', description: expect.stringContaining('binnen 7 dagen') });
  });

  test('a case without a period takes the period of its decision date', () => {
    expect(plan([aCase('c1', { period: null })], '2026-11-20').tasks[0]!.period).toBe('2026-11');
  });

  test('a case without a decision date is counted, not guessed', () => {
    const result = plan([aCase('c1', { date_matched: null })], '2027-01-01');
    expect(result.tasks).toEqual([]);
    expect(result.withoutDecisionDate).toBe(1);
  });
});

describe('no first talk within the term (28 days, municipality only)', () => {
  const municipality = (over: Partial<OverdueCaseFacts> = {}) => aCase('m1', { route: 'municipality', first_attempt: '2026-11-03', ...over });
  test.each<[string, Partial<OverdueCaseFacts>, string, string[]]>([
    ['on day 28 the term still runs', {}, '2026-11-30', []],
    ['on day 29 it ran out', {}, '2026-12-01', ['overdue:talk:m1']],
    ['a first talk on day 28 counts', { date_first_talk: '2026-11-30' }, '2026-12-01', []],
    ['both terms at once', { first_attempt: null }, '2026-12-01', ['overdue:contact:m1', 'overdue:talk:m1']],
    ['AMW cases have no talk term', { route: 'amw' }, '2026-12-01', []],
    ['closed', { status: 'closed' }, '2026-12-01', []],
  ])('%s', (_name, over, today, expected) => expect(keys(plan([municipality(over)], today))).toEqual(expected));

  test('the description, in Dutch', () => {
    expect(plan([municipality()], '2026-12-01').tasks[0]).toMatchObject({
      due_date: '2026-11-30',
      description: 'Geen eerste gesprek binnen 28 dagen na de beslissing (beslist op 2 november 2026, route gemeente). Plan het gesprek met de regisseurs en vul de datum van het eerste gesprek in.',
    });
  });
});

describe('idempotence and resolution', () => {
  test('a task that exists (open or done) is not made again', () => {
    const result = plan([aCase('c1'), aCase('c2')], '2026-11-20', { existing: ['overdue:contact:c1'] });
    expect(keys(result)).toEqual(['overdue:contact:c2']);
    expect(result.alreadyThere).toBe(1);
  });

  test('cases come in the order of their decision date', () => {
    expect(keys(plan([aCase('late', { date_matched: '2026-11-03' }), aCase('early', { date_matched: '2026-10-01' })], '2026-12-01'))).toEqual(['overdue:contact:early', 'overdue:contact:late']);
  });

  const open = (key: string): OpenOverdueTask => ({ id: `t-${key}`, task_key: key });
  test.each<[string, OverdueCaseFacts[], string, string[]]>([
    ['still overdue: stays open', [aCase('c1')], 'overdue:contact:c1', []],
    ['an attempt was recorded (by anyone)', [aCase('c1', { first_attempt: '2026-11-21' })], 'overdue:contact:c1', ['overdue:contact:c1']],
    ['the case was closed', [aCase('c1', { status: 'closed' })], 'overdue:contact:c1', ['overdue:contact:c1']],
    ['the route changed to none', [aCase('c1', { route: 'none' })], 'overdue:contact:c1', ['overdue:contact:c1']],
    ['the case is gone', [], 'overdue:contact:c1', ['overdue:contact:c1']],
    ['the first talk took place', [aCase('m1', { route: 'municipality', first_attempt: '2026-11-03', date_first_talk: '2026-12-02' })], 'overdue:talk:m1', ['overdue:talk:m1']],
    ['an attempt does not settle the talk', [aCase('m1', { route: 'municipality', first_attempt: '2026-11-03' })], 'overdue:talk:m1', []],
    ['the route changed to AMW: no talk term any more', [aCase('m1', { route: 'amw', first_attempt: '2026-11-03' })], 'overdue:talk:m1', ['overdue:talk:m1']],
  ])('%s', (_name, cases, key, resolved) => {
    const result = plan(cases, '2026-12-03', { existing: [key], open: [open(key)] });
    expect(result.resolve.map((task) => task.task_key)).toEqual(resolved);
    expect(result.tasks).toEqual([]);
  });

  test('open tasks of another kind are left alone', () => {
    expect(plan([], '2026-12-03', { open: [open('missing_upload:1:2026-11')] }).resolve).toEqual([]);
  });
});
