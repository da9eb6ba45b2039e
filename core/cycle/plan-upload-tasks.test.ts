import { describe, expect, test } from 'vitest';
import { partnerActiveIn, planUploadTasks, type PartnerFacts, type UploadFacts } from './plan-upload-tasks.ts';

const partner = (id: number, over: Partial<PartnerFacts> = {}): PartnerFacts => ({
  id, name: `Partner ${id}`, organisation_role: 'signal_partner', active: true, active_from: null, active_until: null, expected_monthly_signals: null, ...over,
});
const wonenLimburg = partner(1, { name: 'Wonen Limburg', expected_monthly_signals: 250 });
const stJoseph = partner(2, { name: 'Woningstichting St. Joseph', expected_monthly_signals: 4 });
const amw = partner(3, { name: 'AMW', organisation_role: 'social_work' });
const upload = (partnerId: number, status: string, accepted: number | null = null): UploadFacts => ({ partner: partnerId, status, accepted });

function plan(partners: PartnerFacts[], uploads: UploadFacts[], existingTaskKeys: string[] = [], today = '2026-12-01') {
  return planUploadTasks({ period: '2026-11', today, partners, uploads, existingTaskKeys });
}

describe('partnerActiveIn', () => {
  test.each([
    [{}, true],
    [{ active: false }, false],
    [{ active_from: '2026-11-30' }, true],
    [{ active_from: '2026-12-01' }, false],
    [{ active_until: '2026-11-01' }, true],
    [{ active_until: '2026-10-31' }, false],
    [{ active_from: '2026-01-01', active_until: '2026-12-31' }, true],
  ])('%j in 2026-11 → %s', (over, active) => expect(partnerActiveIn(partner(1, over), '2026-11')).toBe(active));
});

describe('planUploadTasks', () => {
  test('a task per active signal partner without an upload; not for social work', () => {
    const { tasks } = plan([wonenLimburg, stJoseph, amw], [upload(2, 'processed', 4)]);
    expect(tasks).toEqual([{
      kind: 'missing_upload', partner: 1, period: '2026-11', due_date: '2026-12-05', task_key: 'missing_upload:1:2026-11',
      description: 'Wonen Limburg heeft voor 2026-11 geen signalenlijst aangeleverd. Neem contact op met de signaalpartner.',
    }]);
  });

  test('a corporation that left the covenant before the period is not chased', () => {
    const left = partner(4, { name: 'Vertrokken', active_until: '2026-09-30' });
    const { tasks, skippedInactive } = plan([left, stJoseph], [upload(2, 'processed', 3)]);
    expect(tasks).toEqual([]);
    expect(skippedInactive).toBe(1);
  });

  test.each([
    ['a refused file delivered nothing', [upload(1, 'refused')], ['missing_upload']],
    ['an upload still processing is not judged yet', [upload(1, 'processing')], []],
    ['a tiny upload: check with the partner', [upload(1, 'processed', 3)], ['small_upload']],
    ['a correction counts, the superseded one not double', [upload(1, 'superseded', 3), upload(1, 'processed', 240)], []],
    ['a normal month', [upload(1, 'processed', 231)], []],
  ])('%s', (_name, uploads, kinds) => {
    expect(plan([wonenLimburg], uploads).tasks.map((task) => task.kind)).toEqual(kinds);
  });

  test('the small-upload task names the numbers, in Dutch', () => {
    expect(plan([wonenLimburg], [upload(1, 'processed', 1)]).tasks[0]!.description).toBe('Wonen Limburg heeft voor 2026-11 1 signaal aangeleverd, gewoonlijk ongeveer 250. Controleer met de signaalpartner of de lijst compleet is.');
  });

  test('a task that exists already (open or done) is not made again', () => {
    const result = plan([wonenLimburg, partner(5)], [], ['missing_upload:1:2026-11']);
    expect(result.tasks.map((task) => task.task_key)).toEqual(['missing_upload:5:2026-11']);
    expect(result.alreadyThere).toBe(1);
  });

  test('run late (catch-up after the 5th): due today', () => {
    expect(plan([partner(5)], [], [], '2026-12-09').tasks[0]!.due_date).toBe('2026-12-09');
  });
});
