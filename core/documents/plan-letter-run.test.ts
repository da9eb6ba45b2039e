import { describe, expect, test } from 'vitest';
import type { Route } from '../routing/routing-input.ts';
import type { ObjectionScope } from './decision-label.ts';
import { planLetterRun, type LetterCase, type LetterReferral, type LetterRunInput, type LetterSignal, type ProducedLetter, type ReissueRequest } from './plan-letter-run.ts';

const PERIOD = '2026-11';
const TODAY = '2026-12-03';
const APPOINTMENT = { talk_at: '2026-12-15T09:30:00', talk_place: 'Stadhuis Weert, Wilhelminasingel 101', regisseur_sdv: 'user-sdv', regisseur_participatie: 'user-p' };
const NO_APPOINTMENT = { talk_at: null, talk_place: null, regisseur_sdv: null, regisseur_participatie: null };

let counter = 0;
function signal(householdKey: string, caseId: string | null, extra: Partial<LetterSignal> = {}): LetterSignal {
  counter += 1;
  const [postcode = '6001AA', number = '1', letter = '', addition = ''] = householdKey.split('|');
  return {
    id: `s${String(counter).padStart(3, '0')}`,
    household_key: householdKey,
    household: `h-${householdKey}`,
    case: caseId,
    status: caseId ? 'Opgepakt' : 'Nog niet opgepakt',
    months_in_arrears: 2,
    arrears_amount: 800,
    person: { initials: 'P.', name_prefix: null, surname: `Huurder${counter}`, birth_date: '1980-01-01' },
    address: { street: 'Markt', house_number: Number(number), house_letter: letter || null, house_number_addition: addition || null, postcode, city: 'Weert' },
    ...extra,
  };
}
function kase(id: string, route: Route | null, extra: Partial<LetterCase> = {}): LetterCase {
  return { id, period: PERIOD, route, objection: null, appointment: route === 'municipality' ? APPOINTMENT : NO_APPOINTMENT, ...extra };
}
const referral = (caseId: string, status = 'new'): LetterReferral => ({ id: `r-${caseId}`, case: caseId, target: 'amw', status });
const produced = (householdKey: string, templateKey: string, extra: Partial<ProducedLetter> = {}): ProducedLetter => ({ id: `d-${householdKey}-${templateKey}`, household_key: householdKey, period: PERIOD, template_key: templateKey, reissue_request: null, ...extra });

function run(parts: Partial<LetterRunInput>) {
  return planLetterRun({ period: PERIOD, today: TODAY, signals: [], cases: [], referrals: [], produced: [], ...parts });
}

describe('planLetterRun: which letter a household gets', () => {
  const H = '6001AA|1||';
  test.each<[string, Partial<LetterRunInput>, string]>([
    ['benefit route with an appointment → invitation', { signals: [signal(H, 'c1')], cases: [kase('c1', 'municipality')] }, 'letter invitation_municipality'],
    ['AMW route with a referral → advance notice', { signals: [signal(H, 'c1')], cases: [kase('c1', 'amw')], referrals: [referral('c1')] }, 'letter advance_notice_amw'],
    ['AMW referral already in progress still gets its advance notice', { signals: [signal(H, 'c1')], cases: [kase('c1', 'amw')], referrals: [referral('c1', 'in_progress')] }, 'letter advance_notice_amw'],
    ['not invited → privacy information', { signals: [signal(H, 'c1', { status: 'Persoon is geen inwoner (meer) in de gemeente' })], cases: [kase('c1', 'none')] }, 'letter privacy_information'],
    ['still waiting → nothing yet', { signals: [signal(H, null)] }, 'skip undecided'],
    ['case without a route → nothing yet', { signals: [signal(H, 'c1')], cases: [kase('c1', null)] }, 'skip undecided'],
    ['case not found', { signals: [signal(H, 'gone')] }, 'skip case_missing'],
    ['repeat signal joined an earlier open case → no new letter', { signals: [signal(H, 'c0', { status: 'Niet opgepakt: herhaalde melding' })], cases: [kase('c0', 'amw', { period: '2026-09' })], referrals: [referral('c0', 'in_progress')] }, 'skip repeat_signal'],
    ['objection to everything, municipality route', { signals: [signal(H, 'c1')], cases: [kase('c1', 'municipality', { objection: 'all' })] }, 'skip objection'],
    ['objection to everything, route none', { signals: [signal(H, 'c1')], cases: [kase('c1', 'none', { objection: 'all' })] }, 'skip objection'],
    ['objection to AMW, AMW route → no advance notice', { signals: [signal(H, 'c1')], cases: [kase('c1', 'amw', { objection: 'amw' })], referrals: [referral('c1')] }, 'skip objection_amw'],
    ['objection to AMW, municipality route → invitation', { signals: [signal(H, 'c1')], cases: [kase('c1', 'municipality', { objection: 'amw' as ObjectionScope })] }, 'letter invitation_municipality'],
    ['objection to AMW, route none → privacy information', { signals: [signal(H, 'c1')], cases: [kase('c1', 'none', { objection: 'amw' })] }, 'letter privacy_information'],
    ['AMW route, referral withdrawn', { signals: [signal(H, 'c1')], cases: [kase('c1', 'amw')], referrals: [referral('c1', 'withdrawn')] }, 'skip no_referral'],
    ['AMW route, no referral at all', { signals: [signal(H, 'c1')], cases: [kase('c1', 'amw')] }, 'skip no_referral'],
    ['benefit route without an appointment', { signals: [signal(H, 'c1')], cases: [kase('c1', 'municipality', { appointment: NO_APPOINTMENT })] }, 'skip appointment_missing'],
    ['benefit route, appointment without the second case manager', { signals: [signal(H, 'c1')], cases: [kase('c1', 'municipality', { appointment: { ...APPOINTMENT, regisseur_participatie: ' ' } })] }, 'skip appointment_missing'],
    ['benefit route, appointment today', { signals: [signal(H, 'c1')], cases: [kase('c1', 'municipality', { appointment: { ...APPOINTMENT, talk_at: `${TODAY}T14:00:00` } })] }, 'skip appointment_past'],
    ['only tenant deceased', { signals: [signal(H, 'c1', { status: 'Inwoner is overleden' })], cases: [kase('c1', 'none')] }, 'skip deceased'],
  ])('%s', (_name, input, expected) => {
    const plan = run(input);
    const outcome = [...plan.letters.map((letter) => `letter ${letter.template_key}`), ...plan.skipped.map((item) => `skip ${item.code}`)];
    expect(outcome).toEqual([expected]);
    for (const item of plan.skipped) expect(item.reason).toMatch(/^[A-Z][^\n]+[.]$/);
  });

  test('the Dutch reasons name what is missing', () => {
    const plan = run({ signals: [signal(H, 'c1')], cases: [kase('c1', 'municipality', { appointment: { ...NO_APPOINTMENT, talk_place: 'Stadhuis' } })] });
    expect(plan.skipped[0]!.reason).toBe('De uitnodiging wacht op de afspraak: datum en tijd, regisseur schulddienstverlening en regisseur participatie nog niet ingevuld op de zaak.');
    const past = run({ signals: [signal(H, 'c1')], cases: [kase('c1', 'municipality', { appointment: { ...APPOINTMENT, talk_at: '2026-12-01T10:00:00' } })] });
    expect(past.skipped[0]!.reason).toContain('(1 december 2026)');
    const repeat = run({ signals: [signal(H, 'c0')], cases: [kase('c0', 'amw', { period: '2026-09' })] });
    expect(repeat.skipped[0]!.reason).toContain('lopende zaak van september 2026');
  });
});

describe('planLetterRun: one envelope per household', () => {
  test('two signals of one household (two partners, the same tenant and a housemate) → one letter, named to both tenants', () => {
    const H = '6001AA|7||';
    const heavy = signal(H, 'c1', { months_in_arrears: 3, person: { initials: 'A.', name_prefix: 'van der', surname: 'Berg', birth_date: '1975-05-05' } });
    const sameTenant = signal(H, 'c1', { months_in_arrears: 1, person: { initials: 'A.', name_prefix: 'Van der', surname: 'Berg', birth_date: '1975-05-05' } });
    const housemate = signal(H, 'c1', { months_in_arrears: 2, person: { initials: 'B.', name_prefix: null, surname: 'Smit', birth_date: '1978-08-08' } });
    const plan = run({ signals: [housemate, sameTenant, heavy], cases: [kase('c1', 'amw')], referrals: [referral('c1')] });
    expect(plan.letters).toHaveLength(1);
    const [letter] = plan.letters;
    expect(letter!.addressee.surname).toBe('Berg');
    expect(letter!.co_addressees.map((person) => person.surname)).toEqual(['Smit']);
    expect(letter!.signals).toEqual([heavy.id, sameTenant.id, housemate.id].sort());
    expect(letter!.letter_key).toBe(`${PERIOD}:${H}:advance_notice_amw`);
    expect(plan.counts).toMatchObject({ letters: 1, advance_notice_amw: 1, households: 1 });
  });

  test('a deceased tenant is not addressed, the housemate is', () => {
    const H = '6001AA|8||';
    const deceased = signal(H, 'c1', { months_in_arrears: 4, status: 'Inwoner is overleden' });
    const living = signal(H, 'c1', { months_in_arrears: 1 });
    const plan = run({ signals: [deceased, living], cases: [kase('c1', 'municipality')] });
    expect(plan.letters.map((letter) => [letter.addressee.surname, letter.signals])).toEqual([[living.person.surname, [living.id]]]);
  });

  test('a household still half waiting gets its letter from the decided signal', () => {
    const H = '6001AA|9||';
    const decided = signal(H, 'c1');
    const plan = run({ signals: [decided, signal(H, null)], cases: [kase('c1', 'none')] });
    expect(plan.letters.map((letter) => letter.signals)).toEqual([[decided.id]]);
  });
});

describe('planLetterRun: idempotent, and re-issue on purpose', () => {
  const H = '6001AA|1||';
  const base = { signals: [signal(H, 'c1')], cases: [kase('c1', 'amw')], referrals: [referral('c1')] };

  test('a second run over the letters of the first produces nothing', () => {
    const first = run(base);
    expect(first.letters).toHaveLength(1);
    const made = first.letters.map((letter, i) => produced(letter.household_key, letter.template_key, { id: `d${i}` }));
    const second = run({ ...base, produced: made });
    expect(second.letters).toEqual([]);
    expect(second.skipped.map((item) => [item.code, item.reason])).toEqual([['already_produced', 'Vooraankondiging AMW voor november 2026 is al gemaakt; opnieuw uitgeven kan alleen met een reden.']]);
  });

  test("a letter of another period does not count for this one", () => {
    expect(run({ ...base, produced: [produced(H, 'advance_notice_amw', { period: '2026-10' })] }).letters).toHaveLength(1);
  });

  test('a changed decision gets no second envelope in the same period without a re-issue', () => {
    const plan = run({ ...base, produced: [produced(H, 'invitation_municipality')] });
    expect(plan.letters).toEqual([]);
    expect(plan.skipped.map((item) => item.code)).toEqual(['other_letter_this_period']);
    expect(plan.skipped[0]!.reason).toContain('De beslissing vraagt nu om: Vooraankondiging AMW.');
  });

  test.each<[string, ReissueRequest[], ProducedLetter[], string[]]>([
    ['re-issue with a reason → a new letter that replaces the old one', [{ id: 'q1', household_key: H, reason: 'Brief kwam retour, adres gecorrigeerd' }], [produced(H, 'advance_notice_amw', { id: 'd-old' })], ['letter advance_notice_amw reissue q1 replaces d-old']],
    ['re-issue after a route change → the letter the decision calls for now', [{ id: 'q1', household_key: H, reason: 'Route gewijzigd naar AMW' }], [produced(H, 'invitation_municipality', { id: 'd-inv' })], ['letter advance_notice_amw reissue q1 replaces d-inv']],
    ['re-issue when nothing was made yet', [{ id: 'q1', household_key: H, reason: 'Handmatig verzoek' }], [], ['letter advance_notice_amw reissue q1 replaces -']],
    ['re-issue without a reason is refused', [{ id: 'q1', household_key: H, reason: '  ok ' }], [produced(H, 'advance_notice_amw')], ['skip already_produced', 'skip reissue_without_reason']],
    ['the same re-issue request twice makes one letter', [{ id: 'q1', household_key: H, reason: 'Brief kwam retour' }], [produced(H, 'advance_notice_amw', { id: 'd-q1', reissue_request: 'q1' })], ['skip already_produced', 'skip reissue_done']],
    ['two requests in one run → one envelope', [{ id: 'q1', household_key: H, reason: 'Eerste verzoek' }, { id: 'q2', household_key: H, reason: 'Tweede verzoek' }], [], ['letter advance_notice_amw reissue q1 replaces -', 'skip reissue_duplicate']],
    ['re-issue for a household without a signal this period', [{ id: 'q1', household_key: '9999ZZ|1||', reason: 'Verkeerd huishouden' }], [produced(H, 'advance_notice_amw')], ['skip already_produced', 'skip reissue_unknown_household']],
  ])('%s', (_name, reissues, made, expected) => {
    const plan = run({ ...base, produced: made, reissues });
    const outcome = [
      ...plan.letters.map((letter) => `letter ${letter.template_key}${letter.reissue ? ` reissue ${letter.reissue.request} replaces ${letter.reissue.replaces ?? '-'}` : ''}`),
      ...plan.skipped.map((item) => `skip ${item.code}`),
    ];
    expect(outcome).toEqual(expected);
  });

  test('a re-issue still respects an objection', () => {
    const plan = run({ signals: [signal(H, 'c1')], cases: [kase('c1', 'amw', { objection: 'all' })], referrals: [referral('c1')], reissues: [{ id: 'q1', household_key: H, reason: 'Brief kwam retour' }] });
    expect(plan.letters).toEqual([]);
    expect(plan.skipped.map((item) => [item.code, item.reissue_request])).toEqual([['objection', 'q1']]);
  });

  test('a re-issued letter carries its own key and the reason, trimmed', () => {
    const plan = run({ ...base, produced: [produced(H, 'advance_notice_amw')], reissues: [{ id: 'q7', household_key: H, reason: '  Brief kwam retour ' }] });
    expect(plan.letters[0]).toMatchObject({ letter_key: `${PERIOD}:${H}:advance_notice_amw:reissue:q7`, reissue: { request: 'q7', reason: 'Brief kwam retour' } });
    expect(plan.counts.reissued).toBe(1);
  });
});

describe('planLetterRun: the post room batch', () => {
  test('letters in postcode order, with counts per letter and per reason', () => {
    const signals = [
      signal('6002BB|1||', 'c4'),
      signal('6001AA|10||', 'c3'),
      signal('6001AA|2|B|', 'c2'),
      signal('6001AA|2||', 'c1'),
      signal('6001AA|2||1', 'c5'),
      signal('6003CC|1||', null),
      signal('6003CC|2||', 'c6'),
    ];
    const plan = run({
      signals,
      cases: [kase('c1', 'municipality'), kase('c2', 'amw'), kase('c3', 'none'), kase('c4', 'amw'), kase('c5', 'none'), kase('c6', 'amw', { objection: 'amw' })],
      referrals: [referral('c2'), referral('c4')],
    });
    expect(plan.letters.map((letter) => `${letter.address.postcode} ${letter.address.house_number}${letter.address.house_letter ?? ''}${letter.address.house_number_addition ? `-${letter.address.house_number_addition}` : ''} ${letter.template_key}`)).toEqual([
      '6001AA 2 invitation_municipality',
      '6001AA 2-1 privacy_information',
      '6001AA 2B advance_notice_amw',
      '6001AA 10 privacy_information',
      '6002BB 1 advance_notice_amw',
    ]);
    expect(plan.counts).toMatchObject({ letters: 5, invitation_municipality: 1, advance_notice_amw: 2, privacy_information: 2, reissued: 0, households: 7 });
    expect(plan.counts.skipped).toMatchObject({ undecided: 1, objection_amw: 1, already_produced: 0 });
  });

  test('no input, no letters', () => {
    expect(run({})).toMatchObject({ letters: [], skipped: [], counts: { letters: 0, households: 0 } });
  });
});
