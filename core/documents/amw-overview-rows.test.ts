import { describe, expect, test } from 'vitest';
import { AMW_OVERVIEW_COLUMNS, buildAmwOverviewRows, type CaseLetter, type OverviewReferral } from './amw-overview-rows.ts';

const AMW = 5;
const referral = (id: string, extra: Partial<OverviewReferral> = {}): OverviewReferral => ({
  id,
  case: `case-${id}`,
  target: 'amw',
  partner: AMW,
  period: '2026-11',
  status: 'new',
  date_sent: '2026-12-11',
  priority: 1,
  objection: null,
  initials: 'A.',
  name_prefix: null,
  surname: `Huurder ${id}`,
  birth_date: '1985-03-04',
  street: 'Markt',
  house_number: 1,
  house_letter: null,
  house_number_addition: null,
  postcode: '6001AA',
  city: 'Weert',
  phone: null,
  living_situation: 'alleenstaande ouder',
  debt_areas: ['Energie', 'Water'],
  ...extra,
});
const notice = (id: string): CaseLetter => ({ case: `case-${id}`, template_key: 'advance_notice_amw' });

describe('buildAmwOverviewRows', () => {
  test('released, noticed, not objected: the art. 12.3 fields in priority order', () => {
    const referrals = [referral('b', { priority: 2 }), referral('c', { priority: null }), referral('a', { priority: 1, living_situation: 'paar met kinderen', debt_areas: [], phone: '0495-575000', house_letter: 'A' })];
    const { rows, excluded } = buildAmwOverviewRows({ organisation: AMW, period: '2026-11', referrals, letters: ['a', 'b', 'c'].map(notice) });
    expect(excluded).toEqual([]);
    expect(rows.map((row) => row.surname)).toEqual(['Huurder a', 'Huurder b', 'Huurder c']);
    expect(rows[0]).toEqual({ initials: 'A.', name_prefix: null, surname: 'Huurder a', birth_date: '1985-03-04', street: 'Markt', house_number: 1, house_letter: 'A', house_number_addition: null, postcode: '6001AA', city: 'Weert', phone: '0495-575000', living_situation: 'Paar met kinderen', debt_areas: null });
    expect(rows[1]).toMatchObject({ living_situation: 'Alleenstaande ouder', debt_areas: 'Energie, Water' });
    for (const row of rows) expect(Object.keys(row)).toEqual(AMW_OVERVIEW_COLUMNS.map((column) => column.key));
  });

  test.each<[string, Partial<OverviewReferral>, CaseLetter[], string | null]>([
    ['included', {}, [notice('x')], null],
    ['not released yet', { date_sent: null }, [notice('x')], 'not_released'],
    ['withdrawn', { status: 'withdrawn' }, [notice('x')], 'withdrawn'],
    ['no advance notice made', {}, [], 'no_advance_notice'],
    ['only another letter for the case', {}, [{ case: 'case-x', template_key: 'invitation_municipality' }], 'no_advance_notice'],
    ['advance notice of another case', {}, [notice('y')], 'no_advance_notice'],
    ['objected to AMW since', { objection: 'amw' }, [notice('x')], 'objection'],
    ['objected to everything since', { objection: 'all' }, [notice('x')], 'objection'],
    ['AMW already working on it (still listed: it was referred this period)', { status: 'in_progress' }, [notice('x')], null],
  ])('%s', (_name, extra, letters, code) => {
    const { rows, excluded } = buildAmwOverviewRows({ organisation: AMW, period: '2026-11', referrals: [referral('x', extra)], letters });
    expect(rows).toHaveLength(code === null ? 1 : 0);
    expect(excluded.map((item) => item.code)).toEqual(code === null ? [] : [code]);
    for (const item of excluded) expect(item.reason).not.toContain('Huurder');
  });

  test("another organisation's, another period's and referrals back to the municipality are not this overview's business", () => {
    const referrals = [referral('other-org', { partner: 6 }), referral('no-org', { partner: null }), referral('other-period', { period: '2026-10' }), referral('sdv', { target: 'sdv' })];
    const result = buildAmwOverviewRows({ organisation: AMW, period: '2026-11', referrals, letters: referrals.map((item) => notice(item.id)) });
    expect(result).toEqual({ rows: [], excluded: [] });
  });
});
