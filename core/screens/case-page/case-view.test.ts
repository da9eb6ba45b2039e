import { describe, expect, test } from 'vitest';
import { addressFromKey, caseView, type CaseRecord } from './case-view.ts';

const TERMS = { contactDays: 14, firstTalkDays: 28 };
const record: CaseRecord = {
  id: 'c1',
  status: 'new',
  period: '2026-11',
  priority: 1,
  route: 'amw',
  rule_route: 'municipality',
  reason: 'Geen uitkering → AMW (regel huurschuld-convenant v1, geen minimum)',
  decided_by_rule: 'huurschuld-convenant@1',
  decision_facts: { rule: 'huurschuld-convenant@1', decided_on: '2026-11-28' },
  override_reason: 'Huurder vroeg zelf om AMW.',
  overridden_by: { first_name: 'Sanne', last_name: 'de Vries' },
  overridden_at: '2026-11-29T09:15:00.000Z',
  has_minor_children: true,
  months_in_arrears: '3.0',
  arrears_amount: '1234.56',
  attention: true,
  attention_reason: 'Uitkering na de routering: route controleren',
  assigned_to: { id: 'u1', first_name: 'Sanne', last_name: 'de Vries' },
  date_matched: '2026-11-28',
  date_picked_up: null,
  date_first_contact: null,
  date_first_talk: null,
  date_closed: null,
  result: null,
  talk_at: null,
  talk_place: null,
  rent_withholding_consent: false,
  household: { address_key: '6001GS|12|A|', household_size: 4, has_minor_children: true, living_situation: 'paar met kinderen', facts_source: 'BRP', facts_date: '2026-11-27' },
  signals: [
    { id: 's2', period: '2026-11', partner: { name: 'St. Joseph' }, months_in_arrears: '1.5', arrears_amount: '500', signal_date: '2026-11-20', route_trace: 'Tweede signaal → voegt zich bij de zaak', street: 'Markt', house_number: 12, house_letter: 'A', house_number_addition: null, postcode: '6001GS', city: 'Weert' },
    { id: 's1', period: '2026-10', partner: { name: 'Wonen Limburg' }, months_in_arrears: '3.0', arrears_amount: '734.56', signal_date: '2026-10-20', route_trace: 'Geen uitkering → AMW', street: 'Markt', house_number: 12, house_letter: 'A', house_number_addition: null, postcode: '6001GS', city: 'Weert' },
  ],
  referrals: [{ id: 'r1', target: 'amw', status: 'in_progress', partner: { name: 'AMW Midden-Limburg' }, date_sent: '2026-12-01', date_outcome: null, date_referred_back: null, outcome: null }],
  tasks: [
    { id: 't1', kind: 'inform_case_manager', status: 'open', due_date: '2026-12-12', description: 'Informeer de klantmanager.', done_at: null, done_by: null },
    { id: 't2', kind: 'overdue', status: 'done', due_date: '2026-12-01', description: null, done_at: '2026-12-02T10:00:00Z', done_by: { first_name: 'Piet', last_name: 'Jansen' } },
  ],
  contact_attempts: [
    { id: 'a1', kind: 'Telefoon', reached: false, date: '2026-12-02', part_of_day: 'Ochtend', organisation: 'amw', user_created: { first_name: 'Anna', last_name: 'AMW' } },
    { id: 'a2', kind: 'Brief', reached: true, date: '2026-12-03', part_of_day: null, organisation: 'municipality', note: 'Brief gestuurd', user_created: null },
  ],
};

describe('caseView', () => {
  const view = caseView(record, TERMS, '2026-12-05');

  test('header: address, status, owner, attention and next step', () => {
    expect(view).toMatchObject({
      title: 'Markt 12A, 6001 GS Weert',
      status: 'Nieuw',
      isClosed: false,
      owner: 'Sanne de Vries',
      ownerId: 'u1',
      attention: 'Uitkering na de routering: route controleren',
    });
    expect(view.next.label).toBe('Klantmanager schulddienstverlening informeren vóór 12 december 2026');
  });

  test('household with source and date', () => {
    expect(view.household).toEqual([
      { label: 'Adres', value: 'Markt 12A, 6001 GS Weert' },
      { label: 'Omvang huishouden', value: '4 personen' },
      { label: 'Minderjarige kinderen', value: 'ja' },
      { label: 'Leefsituatie', value: 'Paar met kinderen' },
      { label: 'Periode van de zaak', value: 'november 2026' },
      { label: 'Prioriteit', value: '1' },
    ]);
    expect(view.householdSource).toBe('Bron: BRP, 27 november 2026');
  });

  test('signals oldest first, in Dutch formats, with their trace', () => {
    expect(view.signals.map((s) => s.title)).toEqual(['Wonen Limburg · oktober 2026', 'St. Joseph · november 2026']);
    expect(view.signals[0]!.lines).toEqual([
      { label: 'Corporatie', value: 'Wonen Limburg' },
      { label: 'Periode', value: 'oktober 2026' },
      { label: 'Achterstand', value: '3 maanden' },
      { label: 'Bedrag', value: '€ 734,56' },
      { label: 'Signaaldatum', value: '20 oktober 2026' },
    ]);
    expect(view.signals[1]!.trace).toBe('Tweede signaal → voegt zich bij de zaak');
  });

  test('the decision with rule version, date and the override', () => {
    expect(view.decision).toEqual([
      { label: 'Route', value: 'AMW' },
      { label: 'Uitleg van de beslissing', value: 'Geen uitkering → AMW (regel huurschuld-convenant v1, geen minimum)' },
      { label: 'Beslist door', value: 'huurschuld-convenant, versie 1 op 28 november 2026' },
      { label: 'Route volgens de regel', value: 'Gemeente (uitkering: uitnodiging regisseur)' },
      { label: 'Handmatig gewijzigd', value: 'Sanne de Vries op 29 november 2026 om 10:15' },
      { label: 'Reden van de wijziging', value: 'Huurder vroeg zelf om AMW.' },
    ]);
  });

  test('tasks, deadlines, referrals and attempts (newest first)', () => {
    expect(view.openTasks).toEqual([{ id: 't1', title: 'Klantmanager schulddienstverlening informeren', due: 'Uiterlijk 12 december 2026', description: 'Informeer de klantmanager.' }]);
    expect(view.doneTasks).toEqual([{ id: 't2', title: 'Termijn verlopen', done: 'Afgerond 2 december 2026 door Piet Jansen' }]);
    expect(view.deadlines).toEqual([{ label: 'Taak: Klantmanager schulddienstverlening informeren', date: '12 december 2026', late: false }]);
    // Without the task, the contact term is a deadline of its own.
    const contact = caseView({ ...record, tasks: [], referrals: [], contact_attempts: [], route: 'municipality', date_matched: '2026-11-01', status: 'picked_up' }, TERMS, '2026-12-05');
    expect(contact.deadlines).toEqual([{ label: 'Contact opnemen', date: '15 november 2026', late: true }]);
    expect(view.referrals).toEqual([{ id: 'r1', title: 'AMW · AMW Midden-Limburg', lines: [{ label: 'Status', value: 'In behandeling' }, { label: 'Verstuurd op', value: '1 december 2026' }] }]);
    expect(view.attempts).toEqual([
      { id: 'a2', title: '3 december 2026 · Brief · bereikt', by: 'Gemeente', note: 'Brief gestuurd' },
      { id: 'a1', title: '2 december 2026 (ochtend) · Telefoon · niet bereikt', by: 'AMW, Anna AMW', note: null },
    ]);
  });

  test('a bare case: no raw codes, no ISO dates, nothing undefined', () => {
    const bare = caseView({ ...record, household: null, signals: [], referrals: [], tasks: [], contact_attempts: [], assigned_to: null, attention: false, decision_facts: null, rule_route: 'amw', route: 'amw', status: 'weird' }, TERMS, '2026-12-05');
    // next.due is the machine date behind the label, not shown.
    const text = JSON.stringify({ ...bare, next: { ...bare.next, due: null } });
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|undefined|null"|weird/);
    expect(bare).toMatchObject({ title: 'Adres onbekend', owner: 'Nog niemand', attention: null, status: 'onbekend' });
  });
});

describe('addressFromKey', () => {
  test.each([
    ['6001GS|12|A|', '6001 GS 12A'],
    ['6001GS|5||II', '6001 GS 5-II'],
    ['DEMO-6001AA-12', 'DEMO-6001AA-12'],
    [null, null],
  ])('%s → %s', (key, expected) => {
    expect(addressFromKey(key)).toBe(expected);
  });
});
