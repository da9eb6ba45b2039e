import { beforeAll, describe, expect, test } from 'vitest';
import { readDefaultTemplates } from '../../adapters/templates/default-templates.ts';
import { SAMPLE_LETTER_DATA } from './letter-samples.ts';
import { amsterdamDateTime, letterReference, letterRenderData, objectionDeadline, type LetterCaseFacts, type LetterRenderFacts } from './letter-render-data.ts';
import type { PlannedLetter } from './plan-letter-run.ts';
import { createLetterRenderer, LetterDataError, type LetterRenderer } from './render-letter-html.ts';

const CASE = '0a1b2c3d-4e5f-4000-8000-000000000001';
const planned = (key: PlannedLetter['template_key'], extra: Partial<PlannedLetter> = {}): PlannedLetter => ({
  letter_key: `2026-11:6001AB|12|a|:${key}`,
  template_key: key,
  period: '2026-11',
  household_key: '6001AB|12|a|',
  household: 'h1',
  case: CASE,
  route: key === 'invitation_municipality' ? 'municipality' : key === 'advance_notice_amw' ? 'amw' : 'none',
  signals: ['s1', 's2'],
  addressee: { initials: 'A.M.', name_prefix: 'van der', surname: 'Berg', birth_date: '1970-05-01' },
  co_addressees: [],
  address: { street: 'Beekstraat', house_number: 12, house_letter: 'a', house_number_addition: null, postcode: '6001AB', city: null },
  reissue: null,
  ...extra,
});
const caseFacts: LetterCaseFacts = {
  talk_at: '2026-12-15T09:30:00.000Z',
  talk_place: 'Stadhuis Weert, balie Werk en Inkomen',
  debtServices: { name: 'P. Hendriks', phone: null, email: 'p.hendriks@weert.nl' },
  participation: { name: 'S. el Amrani', phone: null, email: null },
  amw: { name: 'AMW Midden-Limburg', phone: '0495 123 456', website: null },
};
const facts = (cases: Record<string, LetterCaseFacts> = { [CASE]: caseFacts }): LetterRenderFacts => ({
  settings: SAMPLE_LETTER_DATA.privacy_information.settings,
  today: '2026-12-03',
  amwOverviewDay: 11,
  talkAddress: 'Wilhelminasingel 101, 6001 GS Weert',
  defaultCity: 'Weert',
  signalPartners: new Map([['s2', 'Wonen Limburg']]),
  cases: new Map(Object.entries(cases)),
});

let renderer: LetterRenderer;
beforeAll(async () => {
  renderer = createLetterRenderer(await readDefaultTemplates());
});

describe('letterRenderData: a planned letter becomes data the default templates accept', () => {
  test.each(['invitation_municipality', 'advance_notice_amw', 'privacy_information'] as const)('%s renders, with the case facts in it', (key) => {
    const html = renderer.renderBody(key, letterRenderData(planned(key), facts()));
    expect(html).toContain('Berg');
    expect(html).toContain('6001');
    expect(html).toContain('Wonen Limburg');
    expect(html).toContain(letterReference('2026-11', CASE));
    if (key === 'invitation_municipality') {
      // 09:30 UTC in December is 10:30 in the Netherlands.
      expect(html).toContain('10.30 uur');
      expect(html).toContain('P. Hendriks');
      expect(html).toContain('S. el Amrani');
    }
    if (key === 'advance_notice_amw') expect(html).toContain('AMW Midden-Limburg');
  });

  test('one envelope per household: everyone signalled in it is named on the address and in the salutation', () => {
    const couple = planned('privacy_information', { co_addressees: [{ initials: 'J.', name_prefix: 'de', surname: 'Wit', birth_date: null }] });
    const html = renderer.renderBody('privacy_information', letterRenderData(couple, facts()));
    expect(html).toMatch(/A\.M\. van der Berg\s+J\. de Wit\s+Beekstraat 12A/);
    expect(html).toMatch(/Geachte heer\/mevrouw Van der Berg,<br>\s*Geachte heer\/mevrouw De Wit,/);
    const alone = renderer.renderBody('privacy_information', letterRenderData(planned('privacy_information'), facts()));
    expect(alone).not.toContain('Wit');
  });

  test('a city the signal left empty is the default place', () => {
    const data = letterRenderData(planned('privacy_information'), facts()) as { addressee: { city: string } };
    expect(data.addressee.city).toBe('Weert');
    const own = letterRenderData(planned('privacy_information', { address: { ...planned('privacy_information').address, city: 'Stramproy' } }), facts()) as { addressee: { city: string } };
    expect(own.addressee.city).toBe('Stramproy');
  });

  test.each<[string, PlannedLetter['template_key'], LetterCaseFacts, string[]]>([
    ['an invitation without case managers', 'invitation_municipality', { ...caseFacts, debtServices: null, participation: null }, ['caseManagers.debtServices', 'caseManagers.participation']],
    ['an invitation without a time', 'invitation_municipality', { ...caseFacts, talk_at: null }, ['appointment.date', 'appointment.time']],
    ['an advance notice without an AMW organisation', 'advance_notice_amw', { ...caseFacts, amw: null }, ['amw']],
    ['an advance notice whose AMW has no phone', 'advance_notice_amw', { ...caseFacts, amw: { name: 'AMW', phone: null, website: null } }, ['amw.phone']],
  ])('%s is refused, by field name', (_name, key, kase, fields) => {
    let error: unknown;
    try {
      renderer.renderBody(key, letterRenderData(planned(key), facts({ [CASE]: kase })));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LetterDataError);
    expect([...(error as LetterDataError).fields].sort()).toEqual(fields);
  });
});

describe('the small facts', () => {
  test.each([
    ['2026-12-15T09:30:00.000Z', '2026-12-15', '10:30'],
    ['2026-06-15T09:30:00.000Z', '2026-06-15', '11:30'],
    ['2026-12-15T23:30:00.000Z', '2026-12-16', '00:30'],
  ])('%s is %s %s in the Netherlands', (iso, date, time) => {
    expect(amsterdamDateTime(iso)).toEqual({ date, time });
  });
  test('an unreadable time is null', () => expect(amsterdamDateTime('morgen')).toBeNull());
  test.each([
    ['2026-11', 11, '2026-12-10'],
    ['2026-12', 11, '2027-01-10'],
    ['2026-11', 1, '2026-12-01'],
  ])('objection deadline for %s with the overview on day %i: %s', (period, day, expected) => expect(objectionDeadline(period, day)).toBe(expected));
  test('the reference holds the period and the start of the case id, no personal data', () => expect(letterReference('2026-11', CASE)).toBe('VS-2026-11-0A1B2C3D'));
});
