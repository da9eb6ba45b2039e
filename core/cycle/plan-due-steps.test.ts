import { describe, expect, test } from 'vitest';
import { calendarSettingsFrom, planDueSteps, periodsInPlay, type PeriodFacts, type StepRun } from './plan-due-steps.ts';
import type { CycleStep } from './cycle-steps.ts';

const waiting = (period: string, over: Partial<PeriodFacts> = {}): PeriodFacts => ({ period, inputsComplete: false, signalsAwaitingEnrichment: 0, signalsAwaitingRouting: 0, ...over });
const complete = (period: string, over: Partial<PeriodFacts> = {}) => waiting(period, { inputsComplete: true, ...over });
const done = (step: CycleStep, period: string, date: string): StepRun => ({ step, period, date, status: 'done' });
/** Every per-period step done for a period (a finished month). */
const finished = (period: string, date: string): StepRun[] => (['missing-uploads', 'enrich', 'route', 'letters', 'feedback', 'amw-overview'] as const).map((step) => done(step, period, date));
/** The daily chores already ran today, so the tables show only the period steps. */
const dailyDone = (today: string): StepRun[] => [done('overdue', today.slice(0, 7), today), done('figures', today.slice(0, 7), today), done('retention', today.slice(0, 7), today)];

function plan(today: string, periods: PeriodFacts[], runs: StepRun[] = []) {
  return planDueSteps({ today, periods, runs: [...runs, ...dailyDone(today)] }).map((step) => `${step.step} ${step.period}${step.catchUp ? ' (inhaal)' : ''}`);
}

describe('periodsInPlay', () => {
  test.each([
    ['2026-12-01', ['2026-11', '2026-12']],
    ['2027-01-01', ['2026-12', '2027-01']],
    ['2028-03-01', ['2028-02', '2028-03']],
  ])('%s → %j', (today, periods) => expect(periodsInPlay(today)).toEqual(periods));
});

describe('planDueSteps: missing-uploads on the day after the last day of the month', () => {
  test.each([
    // A 30-day month (the flow chart's "30th"): due on the 1st, not on the last day itself.
    ['2026-11-30', '2026-11', []],
    ['2026-12-01', '2026-11', ['missing-uploads 2026-11']],
    // December → January: the period of the old year, on New Year's Day.
    ['2026-12-31', '2026-12', []],
    ['2027-01-01', '2026-12', ['missing-uploads 2026-12']],
    // February, short and leap.
    ['2027-02-28', '2027-02', []],
    ['2027-03-01', '2027-02', ['missing-uploads 2027-02']],
    ['2028-02-28', '2028-02', []],
    ['2028-02-29', '2028-02', []],
    ['2028-03-01', '2028-02', ['missing-uploads 2028-02']],
    // The months in which summer time starts and ends (Amsterdam dates come from amsterdamDate).
    ['2026-04-01', '2026-03', ['missing-uploads 2026-03']],
    ['2026-11-01', '2026-10', ['missing-uploads 2026-10']],
  ])('on %s for %s: %j', (today, period, expected) => {
    expect(plan(today, [waiting(period)])).toEqual(expected);
  });

  test('catch-up: down from the last day until the 4th, it is due when the system comes back, once', () => {
    expect(plan('2026-12-04', [waiting('2026-11')])).toEqual(['missing-uploads 2026-11 (inhaal)']);
    expect(plan('2026-12-04', [waiting('2026-11')], [{ step: 'missing-uploads', period: '2026-11', date: '2026-12-04', status: 'queued' }])).toEqual([]);
    expect(plan('2026-12-04', [waiting('2026-11')], [done('missing-uploads', '2026-11', '2026-12-04')])).toEqual([]);
  });

  test('a failed run is not planned again (the engine retried it; staff retry it from the app)', () => {
    expect(plan('2026-12-02', [waiting('2026-11')], [{ step: 'missing-uploads', period: '2026-11', date: '2026-12-01', status: 'failed' }])).toEqual([]);
  });
});

describe('planDueSteps: enrich and route as soon as the inputs are in', () => {
  test.each<[string, string, PeriodFacts, StepRun[], string[]]>([
    ['inputs still coming in: nothing', '2026-11-28', waiting('2026-11'), [], []],
    ['uploads and source lists in on the 30th: enrich the same day', '2026-11-30', complete('2026-11'), [], ['enrich 2026-11']],
    ['enrich queued: route waits for it', '2026-11-30', complete('2026-11'), [{ step: 'enrich', period: '2026-11', date: '2026-11-30', status: 'running' }], []],
    ['enrich done: route', '2026-11-30', complete('2026-11'), [done('enrich', '2026-11', '2026-11-30')], ['route 2026-11']],
    ['enrich done but signals still wait for the BRP: no route yet', '2026-12-02', complete('2026-11', { signalsAwaitingEnrichment: 5 }), [done('enrich', '2026-11', '2026-12-02'), done('missing-uploads', '2026-11', '2026-12-01')], []],
    ['…from the 5th the route goes on with what is enriched', '2026-12-05', complete('2026-11', { signalsAwaitingEnrichment: 5 }), [done('enrich', '2026-11', '2026-12-05'), done('missing-uploads', '2026-11', '2026-12-01')], ['route 2026-11']],
    ['signals still wait for the BRP the next day: enrich again, daily', '2026-12-01', complete('2026-11', { signalsAwaitingEnrichment: 3 }), [...finished('2026-11', '2026-11-30').filter((r) => r.step === 'enrich' || r.step === 'route'), done('missing-uploads', '2026-11', '2026-12-01')], ['enrich 2026-11', 'letters 2026-11']],
    ['…but once per day (the letters go out with what is routed)', '2026-12-01', complete('2026-11', { signalsAwaitingEnrichment: 3 }), [done('enrich', '2026-11', '2026-11-30'), done('enrich', '2026-11', '2026-12-01'), done('route', '2026-11', '2026-11-30'), done('missing-uploads', '2026-11', '2026-12-01')], ['letters 2026-11']],
    ['signals wait for a route: route again, daily', '2026-12-02', complete('2026-11', { signalsAwaitingRouting: 2 }), [done('enrich', '2026-11', '2026-11-30'), done('route', '2026-11', '2026-11-30'), done('missing-uploads', '2026-11', '2026-12-01')], ['route 2026-11', 'letters 2026-11']],
    ['a partner never delivered: from the 5th the cycle goes on with what is there', '2026-12-05', waiting('2026-11'), [done('missing-uploads', '2026-11', '2026-12-01')], ['enrich 2026-11']],
    ['…not on the 4th', '2026-12-04', waiting('2026-11'), [done('missing-uploads', '2026-11', '2026-12-01')], []],
  ])('%s', (_name, today, facts, runs, expected) => {
    expect(plan(today, [facts], runs)).toEqual(expected);
  });
});

describe('planDueSteps: letters and feedback before the 10th, letters first; AMW overview on the 11th', () => {
  const routed = (period: string, date: string) => [done('missing-uploads', period, date), done('enrich', period, date), done('route', period, date)];
  test.each<[string, string, StepRun[], string[]]>([
    ['routed on the 2nd: letters', '2026-12-02', routed('2026-11', '2026-12-01'), ['letters 2026-11']],
    ['letters still running: no feedback yet', '2026-12-02', [...routed('2026-11', '2026-12-01'), { step: 'letters', period: '2026-11', date: '2026-12-02', status: 'running' }], []],
    ['letters done: feedback', '2026-12-02', [...routed('2026-11', '2026-12-01'), done('letters', '2026-11', '2026-12-02')], ['feedback 2026-11']],
    ['feedback done on the 3rd: nothing until the 11th', '2026-12-10', [...routed('2026-11', '2026-12-01'), done('letters', '2026-11', '2026-12-02'), done('feedback', '2026-11', '2026-12-03')], []],
    ['the 11th: the AMW overview', '2026-12-11', [...routed('2026-11', '2026-12-01'), done('letters', '2026-11', '2026-12-02'), done('feedback', '2026-11', '2026-12-03')], ['amw-overview 2026-11']],
    ['the 11th without letters: no AMW overview (the advance notice comes first)', '2026-12-11', routed('2026-11', '2026-12-01'), ['letters 2026-11 (inhaal)']],
    ['letters and feedback done and no case waits for a letter: nothing more', '2026-12-09', [...routed('2026-11', '2026-12-01'), done('letters', '2026-11', '2026-12-02'), done('feedback', '2026-11', '2026-12-09')], []],
    ['overview done and no referral waits for release: nothing more', '2026-12-12', [...routed('2026-11', '2026-12-01'), done('letters', '2026-11', '2026-12-02'), done('feedback', '2026-11', '2026-12-03'), done('amw-overview', '2026-11', '2026-12-11')], []],
    ['December period: letters in January, AMW on 11 January', '2027-01-11', [...routed('2026-12', '2027-01-01'), done('letters', '2026-12', '2027-01-02'), done('feedback', '2026-12', '2027-01-02')], ['amw-overview 2026-12']],
  ])('%s', (_name, today, runs, expected) => {
    expect(plan(today, [complete(today.slice(0, 7) === '2027-01' ? '2026-12' : '2026-11')], runs)).toEqual(expected);
  });

  test('late decisions: the letters run again the next days while cases wait for a letter, and the AMW overview while referrals wait for release — once a day each', () => {
    const runs: StepRun[] = [done('missing-uploads', '2026-11', '2026-12-01'), done('enrich', '2026-11', '2026-12-01'), done('route', '2026-11', '2026-12-01'), done('letters', '2026-11', '2026-12-02'), done('feedback', '2026-11', '2026-12-09')];
    const late = complete('2026-11', { casesAwaitingLetter: 2, referralsAwaitingRelease: 1 });
    expect(plan('2026-12-09', [late], runs)).toEqual(['letters 2026-11']);
    runs.push(done('letters', '2026-11', '2026-12-09'));
    expect(plan('2026-12-09', [late], runs)).toEqual([]);
    expect(plan('2026-12-10', [late], runs)).toEqual(['letters 2026-11']);
    expect(plan('2026-12-11', [complete('2026-11', { referralsAwaitingRelease: 1 })], runs)).toEqual(['amw-overview 2026-11']);
    runs.push(done('amw-overview', '2026-11', '2026-12-11'));
    expect(plan('2026-12-11', [complete('2026-11', { referralsAwaitingRelease: 1 })], runs)).toEqual([]);
    expect(plan('2026-12-12', [complete('2026-11', { referralsAwaitingRelease: 1 })], runs)).toEqual(['amw-overview 2026-11']);
    expect(plan('2026-12-12', [complete('2026-11')], runs)).toEqual([]);
    const due = planDueSteps({ today: '2026-12-12', periods: [complete('2026-11', { referralsAwaitingRelease: 1 })], runs: [...runs, ...dailyDone('2026-12-12')] });
    expect(due.map((step) => step.uniqueKey)).toEqual(['cycle-step:amw-overview:2026-11:2026-12-12']);
  });

  test('down from the 8th to the 14th: letters, then feedback, then the AMW overview, each once, on the ticks after coming back', () => {
    const facts = [complete('2026-11'), waiting('2026-12')];
    const runs: StepRun[] = [done('missing-uploads', '2026-11', '2026-12-01'), done('enrich', '2026-11', '2026-12-01'), done('route', '2026-11', '2026-12-01')];
    expect(plan('2026-12-14', facts, runs)).toEqual(['letters 2026-11 (inhaal)']);
    runs.push(done('letters', '2026-11', '2026-12-14'));
    expect(plan('2026-12-14', facts, runs)).toEqual(['feedback 2026-11 (inhaal)', 'amw-overview 2026-11 (inhaal)']);
    runs.push(done('feedback', '2026-11', '2026-12-14'), done('amw-overview', '2026-11', '2026-12-14'));
    expect(plan('2026-12-14', facts, runs)).toEqual([]);
    expect(plan('2026-12-15', facts, runs)).toEqual([]);
  });
});

describe('planDueSteps: daily steps', () => {
  test('overdue, figures and retention once a day (figures before retention), for the period of today, with the date in the key', () => {
    const due = planDueSteps({ today: '2027-01-01', periods: [], runs: [] });
    expect(due.map((step) => [step.step, step.period, step.uniqueKey])).toEqual([
      ['overdue', '2027-01', 'cycle-step:overdue:2027-01:2027-01-01'],
      ['figures', '2027-01', 'cycle-step:figures:2027-01:2027-01-01'],
      ['retention', '2027-01', 'cycle-step:retention:2027-01:2027-01-01'],
    ]);
    expect(planDueSteps({ today: '2027-01-01', periods: [], runs: dailyDone('2027-01-01') })).toEqual([]);
  });

  test('after several days down the daily steps run once, for today, not once per missed day', () => {
    const runs = dailyDone('2026-12-03');
    expect(planDueSteps({ today: '2026-12-07', periods: [], runs }).map((step) => step.uniqueKey)).toEqual(['cycle-step:overdue:2026-12:2026-12-07', 'cycle-step:figures:2026-12:2026-12-07', 'cycle-step:retention:2026-12:2026-12-07']);
  });
});

describe('planDueSteps: unique keys', () => {
  test('per-period steps are keyed by period; enrich and route also by date', () => {
    const due = planDueSteps({ today: '2026-12-01', periods: [complete('2026-11')], runs: dailyDone('2026-12-01') });
    expect(due.map((step) => step.uniqueKey)).toEqual(['cycle-step:missing-uploads:2026-11', 'cycle-step:enrich:2026-11:2026-12-01']);
  });

  test('a long downtime over a month boundary: both periods in play catch up in calendar order', () => {
    const due = plan('2027-01-03', [waiting('2026-11'), waiting('2026-12')], []);
    expect(due).toEqual(['missing-uploads 2026-11 (inhaal)', 'enrich 2026-11 (inhaal)', 'missing-uploads 2026-12 (inhaal)']);
  });
});

describe('calendarSettingsFrom', () => {
  test.each([
    ['no settings row: the covenant (10th, 11th)', null, { feedbackDay: 10, amwOverviewDay: 11 }],
    ['days set in the app', { partner_feedback_day: 8, amw_overview_day: 9 }, { feedbackDay: 8, amwOverviewDay: 9 }],
    ['impossible days fall back', { partner_feedback_day: 0, amw_overview_day: 31 }, { feedbackDay: 10, amwOverviewDay: 11 }],
    ['empty fields fall back', { partner_feedback_day: null, amw_overview_day: '' }, { feedbackDay: 10, amwOverviewDay: 11 }],
  ])('%s', (_name, row, expected) => {
    expect(calendarSettingsFrom(row)).toMatchObject({ ...expected, inputsDeadlineDay: 5 });
  });
});
