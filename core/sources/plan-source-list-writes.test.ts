import { describe, expect, test } from 'vitest';
import type { SourceRows } from './read-source-rows.ts';
import { planSourceListWrites, type SourceListState } from './plan-source-list-writes.ts';
import type { SourceKind } from './source-kinds.ts';

const rows = (entries: SourceRows['entries'], rejected = 0): SourceRows => ({
  status: 'processed', entries, rejected: Array.from({ length: rejected }, (_, i) => ({ row: 90 + i, column: 'BSN', message: 'ongeldig' })), rows_read: entries.length + rejected,
});
const bsnRow = (bsn: string, detail: string | null = null) => ({ row: 2, bsn, tenant_key: null, detail });
const keyRow = (key: string) => ({ row: 3, bsn: null, tenant_key: key, detail: null });

function state(kind: SourceKind, over: Partial<SourceListState> = {}): SourceListState {
  return {
    list: { id: 'l1', kind, reference_date: '2026-11-01' },
    newerListExists: false,
    signalsByBsn: new Map([['111', ['s1']], ['222', ['s2', 's3']]]),
    signalsByTenantKey: new Map([['k4', ['s4']]]),
    previousSignals: [],
    otherFacts: new Map(),
    listsPresent: new Set(),
    ...over,
  };
}

describe('planSourceListWrites', () => {
  test.each([
    { name: 'a newer list of the kind exists', read: rows([bsnRow('111')]), over: { newerListExists: true }, message: 'nieuwere lijst' },
    { name: 'no header', read: { status: 'refused', refusal: 'Geen kopregel gevonden.', entries: [], rejected: [], rows_read: 0 } as SourceRows, over: {}, message: 'Geen kopregel' },
  ])('refused: $name', ({ read, over, message }) => {
    const plan = planSourceListWrites(read, state('benefits', over));
    expect(plan).toMatchObject({ status: 'refused', message: expect.stringContaining(message) });
  });

  test.each([
    {
      name: 'benefits: matched signals get the benefit, the complete list says "no" to the rest',
      kind: 'benefits' as const, entries: [bsnRow('111', 'Participatiewet'), bsnRow('999')],
      facts: [['s1', 'benefit', 'Participatiewet']], reset: { has_benefit: false, benefit_kind: null },
      summaries: { s1: { has_benefit: true, benefit_kind: 'Participatiewet', known_at_debt_services: null, debt_areas: [] } }, matched: 1, unmatched: 1,
    },
    {
      name: 'debt services: one row matches two signals of the same person',
      kind: 'debt_services' as const, entries: [bsnRow('222')],
      facts: [['s2', 'debt_services', 'Bekend bij schulddienstverlening'], ['s3', 'debt_services', 'Bekend bij schulddienstverlening']], reset: { known_at_debt_services: false },
      summaries: { s2: { known_at_debt_services: true }, s3: { known_at_debt_services: true } }, matched: 1, unmatched: 0,
    },
    {
      name: 'debt services: the detail column (Schuldsoort) also gives debt areas, once per signal over several rows',
      kind: 'debt_services' as const, entries: [bsnRow('111', 'Huur, Energie'), bsnRow('111', 'Energie / CJIB')],
      facts: [
        ['s1', 'debt_services', 'Huur, Energie'], ['s1', 'debt_area', 'Huur'], ['s1', 'debt_area', 'Energie'],
        ['s1', 'debt_services', 'Energie / CJIB'], ['s1', 'debt_area', 'CJIB'],
      ], reset: { known_at_debt_services: false },
      summaries: { s1: { known_at_debt_services: true, debt_areas: ['CJIB', 'Energie', 'Huur'] } }, matched: 2, unmatched: 0,
    },
    {
      name: 'water: matched by name, birth date and address; not a complete list',
      kind: 'water' as const, entries: [keyRow('k4'), keyRow('k-none')],
      facts: [['s4', 'debt_area', 'Water']], reset: null,
      summaries: { s4: { debt_areas: ['Water'], has_benefit: null } }, matched: 1, unmatched: 1,
    },
  ])('$name', ({ kind, entries, facts, reset, summaries, matched, unmatched }) => {
    const plan = planSourceListWrites(rows(entries), state(kind));
    if (plan.status !== 'processed') throw new Error('expected processed');
    expect(plan.facts.map((f) => [f.signal, f.fact, f.value])).toEqual(facts);
    expect(plan.resetAll).toEqual(reset);
    for (const [signal, fields] of Object.entries(summaries)) expect(plan.summaries.find((s) => s.signal === signal)?.fields).toMatchObject(fields);
    expect(plan.counts).toMatchObject({ matched, unmatched });
    expect(plan.replaceKind).toBe(kind);
  });

  test('a newer list replaces the older: signals only the older list named are recomputed to "no", other facts stay', () => {
    const plan = planSourceListWrites(rows([bsnRow('111')]), state('benefits', {
      previousSignals: ['s9'],
      otherFacts: new Map([['s9', [{ fact: 'debt_area', value: 'Energie' }]]]),
      listsPresent: new Set(['energy']),
    }));
    if (plan.status !== 'processed') throw new Error('expected processed');
    expect(plan.summaries.find((s) => s.signal === 's9')?.fields).toEqual({ has_benefit: false, benefit_kind: null, known_at_debt_services: null, debt_areas: ['Energie'] });
    expect(plan.summaries.map((s) => s.signal)).toEqual(['s1', 's9']);
  });

  test('the summary in Dutch counts read, matched, unmatched and rejected rows', () => {
    const plan = planSourceListWrites(rows([bsnRow('111'), bsnRow('999')], 2), state('benefits'));
    if (plan.status !== 'processed') throw new Error('expected processed');
    expect(plan.summary).toContain('4 rijen gelezen uit de lijst uitkeringen (Participatiewet) (peildatum 1 november 2026)');
    expect(plan.summary).toContain('1 rijen horen bij een signaal');
    expect(plan.summary).toContain('2 rijen zijn afgewezen');
    expect(plan.counts).toEqual({ rows_read: 4, matched: 1, unmatched: 1, rejected: 2 });
  });
});
