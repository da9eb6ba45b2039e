import { expect, test } from 'vitest';
import { parseDdasArguments } from './ddas-arguments.ts';

test.each([
  [['--from', '2026-11-01', '--to', '2026-11-30', '--out', 'levering.json'], { ok: true, value: { from: '2026-11-01', to: '2026-11-30', out: 'levering.json', supplierCode: null } }],
  [['--from=2026-01-01', '--to=2026-12-31', '--out=jaar.json', '--supplier-code', 'GM0988'], { ok: true, value: { from: '2026-01-01', to: '2026-12-31', out: 'jaar.json', supplierCode: 'GM0988' } }],
  [[], { ok: false, message: expect.stringContaining('--from en --to') }],
  [['--from', '2026-11-01', '--to', '2026-11-31', '--out', 'l.json'], { ok: false, message: expect.stringContaining('"2026-11-31" bij --to is ongeldig') }],
  [['--from', '2026-11-30', '--to', '2026-11-01', '--out', 'l.json'], { ok: false, message: expect.stringContaining('vóór ze begint') }],
  [['--from', '2026-11-01', '--to', '2026-11-30'], { ok: false, message: expect.stringContaining('--out') }],
  [['--from', '2026-11-01', '--to', '2026-11-30', '--out', 'l.xml'], { ok: false, message: expect.stringContaining('.json') }],
  [['--from', '--to', '2026-11-30', '--out', 'l.json'], { ok: false, message: expect.stringContaining('mist een waarde') }],
  [['--period', '2026-11'], { ok: false, message: expect.stringContaining('Onbekende optie --period') }],
])('%o', (argv, expected) => {
  expect(parseDdasArguments(argv)).toMatchObject(expected);
});
