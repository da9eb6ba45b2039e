import { describe, expect, test } from 'vitest';
import { parseReportArguments } from './report-arguments.ts';

describe('npm run report arguments', () => {
  test.each([
    [['--year', '2026', '--out', 'r.pdf'], { from: '2026-01-01', to: '2026-12-31', out: 'r.pdf' }],
    [['--from=2026-03-01', '--to=2026-08-31', '--out=r.pdf'], { from: '2026-03-01', to: '2026-08-31', out: 'r.pdf' }],
  ])('%j → %o', (argv, value) => {
    expect(parseReportArguments(argv)).toEqual({ ok: true, value });
  });

  test.each([
    [['--year', '26', '--out', 'r.pdf'], /Jaar "26" is ongeldig/],
    [['--year', '2026', '--from', '2026-01-01', '--out', 'r.pdf'], /niet allebei/],
    [['--out', 'r.pdf'], /Geef de periode op/],
    [['--from', '2026-02-01', '--to', '2026-01-01', '--out', 'r.pdf'], /eindigt \(2026-01-01\) vóór ze begint/],
    [['--year', '2026'], /--out/],
    [['--year', '2026', '--out', 'r.json'], /op \.pdf eindigen/],
    [['--jaar', '2026'], /Onbekende optie --jaar/],
    [['--year'], /mist een waarde/],
  ])('%j is refused in Dutch', (argv, message) => {
    const parsed = parseReportArguments(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});
