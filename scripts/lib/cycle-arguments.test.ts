import { describe, expect, test } from 'vitest';
import { parseCycleArguments } from './cycle-arguments.ts';

describe('parseCycleArguments', () => {
  test.each([
    [['--period', '2026-11', '--step', 'missing-uploads'], { period: '2026-11', step: 'missing-uploads', dryRun: false, today: null }],
    [['--period=2026-12', '--step=enrich', '--dry-run', '--today', '2027-01-04'], { period: '2026-12', step: 'enrich', dryRun: true, today: '2027-01-04' }],
    [['--step', 'amw-overview', '--today=2028-02-29', '--period', '2028-01'], { period: '2028-01', step: 'amw-overview', dryRun: false, today: '2028-02-29' }],
    // A daily step runs for the period of its day: --period may be left out.
    [['--step', 'retention', '--today', '2028-12-07'], { period: null, step: 'retention', dryRun: false, today: '2028-12-07' }],
  ])('%j', (argv, value) => expect(parseCycleArguments(argv)).toEqual({ ok: true, value }));

  test.each([
    [[], 'Geef de periode op met --period.'],
    [['--step', 'route'], 'Geef de periode op met --period.'],
    [['--period', '2026-13', '--step', 'enrich'], 'Periode "2026-13" is ongeldig; gebruik JJJJ-MM'],
    [['--period', '2026-11'], 'Geef de stap op met --step.'],
    [['--period', '2026-11', '--step', 'brieven'], 'Onbekende stap "brieven". Kies uit: missing-uploads, enrich, route, letters, feedback, amw-overview, overdue, figures, retention.'],
    [['--period', '2026-11', '--step', 'enrich', '--today', '2027-02-29'], 'Datum "2027-02-29" bij --today is ongeldig'],
    [['--period', '2026-11', '--step', 'enrich', '--force'], 'Onbekende optie --force.'],
    [['--period', '2026-11', '--step', 'enrich', 'extra'], 'Onverwacht argument "extra".'],
  ])('%j is refused in Dutch', (argv, message) => {
    const parsed = parseCycleArguments(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });
});
