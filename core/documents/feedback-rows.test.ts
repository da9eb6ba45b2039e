import { describe, expect, test } from 'vitest';
import { buildFeedbackRows, FEEDBACK_COLUMNS, type FeedbackSignal } from './feedback-rows.ts';

const signal = (id: string, extra: Partial<FeedbackSignal> = {}): FeedbackSignal => ({
  id,
  partner: 1,
  period: '2026-11',
  initials: 'P.J.',
  name_prefix: 'van der',
  surname: 'Berg',
  birth_date: '1980-02-29',
  street: 'Markt',
  house_number: 60,
  house_letter: null,
  house_number_addition: null,
  postcode: '6001AA',
  city: 'Weert',
  phone: '06-12345678',
  months_in_arrears: 2.5,
  arrears_amount: 1234.56,
  status: 'Opgepakt',
  case: { route: 'amw' },
  objection: null,
  ...extra,
});

describe('buildFeedbackRows', () => {
  test('one row per signal of this corporation and period, with its own fields and the decision', () => {
    const { rows, undecided } = buildFeedbackRows({
      partner: 1,
      period: '2026-11',
      signals: [
        signal('a'),
        signal('b', { surname: 'Aalders', postcode: '6002BB', case: { route: 'municipality' } }),
        signal('c', { surname: 'Smit', house_number: 7, case: { route: 'none' }, status: 'Persoon is geen inwoner (meer) in de gemeente' }),
        signal('other-partner', { partner: 2 }),
        signal('other-period', { period: '2026-10' }),
      ],
    });
    expect(undecided).toEqual([]);
    expect(rows).toEqual([
      { initials: 'P.J.', name_prefix: 'van der', surname: 'Smit', birth_date: '1980-02-29', street: 'Markt', house_number: 7, house_letter: null, house_number_addition: null, postcode: '6001AA', city: 'Weert', phone: '06-12345678', months_in_arrears: 2.5, arrears_amount: 1234.56, decision: 'Niet uitgenodigd' },
      { initials: 'P.J.', name_prefix: 'van der', surname: 'Berg', birth_date: '1980-02-29', street: 'Markt', house_number: 60, house_letter: null, house_number_addition: null, postcode: '6001AA', city: 'Weert', phone: '06-12345678', months_in_arrears: 2.5, arrears_amount: 1234.56, decision: 'Uitgenodigd door AMW' },
      { initials: 'P.J.', name_prefix: 'van der', surname: 'Aalders', birth_date: '1980-02-29', street: 'Markt', house_number: 60, house_letter: null, house_number_addition: null, postcode: '6002BB', city: 'Weert', phone: '06-12345678', months_in_arrears: 2.5, arrears_amount: 1234.56, decision: 'Uitgenodigd door gemeente' },
    ]);
  });

  test('enrichment on the input never reaches a row: each row has exactly the feedback columns', () => {
    const enriched = { ...signal('a'), bsn: '999993653', has_benefit: true, benefit_kind: 'Participatiewet', debt_areas: ['Water'], known_at_debt_services: true, has_minor_children: true, household_size: 4, living_situation: 'paar met kinderen', match_status: 'matched', route_trace: 'Uitkering …' };
    const { rows } = buildFeedbackRows({ partner: 1, period: '2026-11', signals: [enriched] });
    expect(Object.keys(rows[0]!).sort()).toEqual(FEEDBACK_COLUMNS.map((column) => column.key).sort());
  });

  test('a signal without a decision gets no row and is named (by id) as undecided', () => {
    const { rows, undecided } = buildFeedbackRows({ partner: 1, period: '2026-11', signals: [signal('waiting', { case: null, status: 'Nog niet opgepakt' }), signal('done')] });
    expect(rows).toHaveLength(1);
    expect(undecided).toEqual(['waiting']);
  });

  test('same address: by surname, then initials', () => {
    const { rows } = buildFeedbackRows({ partner: 1, period: '2026-11', signals: [signal('1', { surname: 'Zwart' }), signal('2', { surname: 'Aerts', initials: 'B.' }), signal('3', { surname: 'Aerts', initials: 'A.' })] });
    expect(rows.map((row) => `${row.initials} ${row.surname}`)).toEqual(['A. Aerts', 'B. Aerts', 'P.J. Zwart']);
  });
});
