import { expect, test } from 'vitest';
import { parsePrivacyArguments } from './privacy-arguments.ts';

test.each([
  [['inzage', '--bsn', '999993653', '--out', 'r.pdf'], { ok: true, value: { command: 'inzage', out: 'r.pdf', query: { bsn: '999993653', identities: [] } } }],
  [['inzage', '--surname=Berg', '--birth-date', '1970-05-01', '--postcode', '6002 BB', '--house-number', '12', '--out', 'r.pdf'], { ok: true, value: { query: { bsn: null, identities: [{ surname: 'Berg', birthDate: '1970-05-01', postcode: '6002BB', houseNumber: 12 }] } } }],
  [[], { ok: false, message: expect.stringContaining('Geef een opdracht op') }],
  [['verwijder'], { ok: false, message: expect.stringContaining('Onbekende opdracht') }],
  [['inzage', '--bsn', '999993653'], { ok: false, message: expect.stringContaining('--out') }],
  [['inzage', '--bsn', '999993653', '--out', 'r.txt'], { ok: false, message: expect.stringContaining('.pdf') }],
  [['inzage', '--bsn', '--out', 'r.pdf'], { ok: false, message: expect.stringContaining('mist een waarde') }],
  [['inzage', '--bsn', '123', '--out', 'r.pdf'], { ok: false, message: expect.stringContaining('elfproef') }],
  [['inzage', '--naam', 'x', '--out', 'r.pdf'], { ok: false, message: expect.stringContaining('Onbekende optie --naam') }],
  [['inzage', '--surname', 'Berg', '--out', 'r.pdf'], { ok: false, message: expect.stringContaining('ontbreekt') }],
])('%o', (argv, expected) => {
  expect(parsePrivacyArguments(argv)).toMatchObject(expected);
});
