import { describe, expect, test } from 'vitest';
import type { ObjectionRecord } from './match-objection.ts';
import { planObjectionEffects, type CandidateSignal, type CaseState, type ObjectionEffectsInput, type ReferralState } from './plan-objection-effects.ts';

const TODAY = '2026-11-20';
const objection = (extra: Partial<ObjectionRecord> = {}): ObjectionRecord => ({
  id: 'o1', scope: 'amw', date_received: '2026-11-18', date_end: null,
  bsn: null, surname: 'Berg', name_prefix: 'van der', birth_date: '1970-03-01', postcode: '6001AB', house_number: 12, ...extra,
});
const signal = (id: string, extra: Partial<CandidateSignal> = {}): CandidateSignal => ({
  id, case: 'c1', household: 'h1', partner_name: 'Wonen Limburg',
  bsn: null, surname: 'Van der Berg', name_prefix: null, birth_date: '1970-03-01', postcode: '6001AB', house_number: 12, ...extra,
});
const kase = (id: string, status = 'new'): CaseState => ({ id, status, period: '2026-11' });
const referral = (id: string, extra: Partial<ReferralState> = {}): ReferralState => ({ id, case: 'c1', target: 'amw', status: 'new', date_sent: '2026-11-11', partner_name: 'AMW Midden-Limburg', ...extra });
const plan = (extra: Partial<ObjectionEffectsInput> = {}) =>
  planObjectionEffects({ objection: objection(), today: TODAY, signals: [signal('s1')], cases: [kase('c1')], referrals: [referral('r1')], existingTaskKeys: new Set(), ...extra });

describe('planObjectionEffects', () => {
  test('an objection after the referral was sent: withdrawn, one task naming the corporation and AMW, household linked', () => {
    const effects = plan();
    expect(effects.withdraw).toEqual(['r1']);
    expect(effects.household).toBe('h1');
    expect(effects.tasks).toEqual([{
      kind: 'inform_partners',
      status: 'open',
      task_key: 'inform_partners:objection:o1:case:c1',
      case: 'c1',
      period: '2026-11',
      due_date: '2026-11-27',
      description: 'Partners informeren: bezwaar ontvangen op 18 november 2026, tegen het inschakelen van AMW (art. 10.4). Gegevens van deze huurder gingen naar: Wonen Limburg (stuurde het signaal); AMW Midden-Limburg (kreeg de doorverwijzing, nu ingetrokken). De doorverwijzing aan AMW is ingetrokken; AMW ziet haar niet meer.',
    }]);
  });

  test.each([
    ['in progress at AMW: withdrawn', referral('r1', { status: 'in_progress' }), ['r1']],
    ['closed by AMW: history, stays', referral('r1', { status: 'closed' }), []],
    ['referred back: stays', referral('r1', { status: 'referred_back' }), []],
    ['already withdrawn: nothing', referral('r1', { status: 'withdrawn' }), []],
    ['a referral to debt services: not AMW, stays', referral('r1', { target: 'sdv' }), []],
    ['not yet sent (new): withdrawn before AMW ever sees it', referral('r1', { date_sent: null }), ['r1']],
    ['another case: not touched', referral('r1', { case: 'c9' }), []],
  ] as const)('%s', (_, item, expected) => {
    expect(plan({ referrals: [item] }).withdraw).toEqual(expected);
  });

  test('an objection against any approach withdraws AMW too', () => {
    expect(plan({ objection: objection({ scope: 'all' }) }).withdraw).toEqual(['r1']);
    expect(plan({ objection: objection({ scope: 'all' }) }).tasks[0]!.description).toMatch(/tegen elke benadering \(art\. 10\.3\)/);
  });

  test('someone else (another birth date), or an objection not in force today: nothing', () => {
    expect(plan({ signals: [signal('s1', { birth_date: '1971-01-01' })] })).toEqual({ withdraw: [], tasks: [], household: null, cases: [] });
    expect(plan({ objection: objection({ date_received: '2026-12-01' }) }).withdraw).toEqual([]);
    expect(plan({ objection: objection({ date_end: '2026-11-19' }) }).tasks).toEqual([]);
  });

  test('matched by BSN when both know it, even after a move', () => {
    const effects = plan({ objection: objection({ bsn: '123456782' }), signals: [signal('s1', { bsn: '123456782', postcode: '6002XY' })] });
    expect(effects.withdraw).toEqual(['r1']);
  });

  test('a municipality case without a referral: a task naming only the corporation', () => {
    const effects = plan({ referrals: [] });
    expect(effects.withdraw).toEqual([]);
    expect(effects.tasks.map((task) => task.description)).toEqual([
      'Partners informeren: bezwaar ontvangen op 18 november 2026, tegen het inschakelen van AMW (art. 10.4). Gegevens van deze huurder gingen naar: Wonen Limburg (stuurde het signaal).',
    ]);
  });

  test('a closed case without a withdrawal gets no task; a second save makes no second task', () => {
    expect(plan({ cases: [kase('c1', 'closed')], referrals: [referral('r1', { status: 'closed' })] }).tasks).toEqual([]);
    expect(plan({ existingTaskKeys: new Set(['inform_partners:objection:o1:case:c1']) }).tasks).toEqual([]);
  });

  test('two cases of the person: one task each; two households: none linked', () => {
    const effects = plan({
      signals: [signal('s1'), signal('s2', { case: 'c2', household: 'h2', partner_name: 'Woonwenz' })],
      cases: [kase('c1'), kase('c2')],
      referrals: [referral('r1'), referral('r2', { case: 'c2', date_sent: null })],
    });
    expect(effects.withdraw).toEqual(['r1', 'r2']);
    expect(effects.tasks.map((task) => task.case)).toEqual(['c1', 'c2']);
    expect(effects.tasks[1]!.description).toMatch(/Woonwenz \(stuurde het signaal\)\. De doorverwijzing/);
    expect(effects.household).toBeNull();
  });
});
