import { describe, expect, test } from 'vitest';
import { decideAfterRun, GENERIC_FAILURE_MESSAGE, type RunResult } from './job-decision.ts';
import { PermanentJobError, SnoozeJob, TransientJobError } from './job-types.ts';

const policy = { backoffBaseMs: 1_000, backoffMaxMs: 60_000 };
const transient = new TransientJobError('BRP niet bereikbaar.', 'BRP answered 503');
const sqlError = Object.assign(new Error('insert into "signals" ("bsn") values (\'123456782\') - SQLITE_BUSY: database is locked'), { code: 'SQLITE_BUSY' });

describe('decideAfterRun', () => {
  test.each<{ name: string; result: RunResult; attempt: number; max: number; expected: Record<string, unknown> }>([
    { name: 'success → done with message and counts', result: { ok: true, outcome: { message: 'Klaar.', counts: { rows: 3 } } }, attempt: 1, max: 3, expected: { next: 'done', message: 'Klaar.', counts: { rows: 3 } } },
    { name: 'success without counts → empty counts', result: { ok: true, outcome: { message: 'Klaar.' } }, attempt: 2, max: 3, expected: { next: 'done', counts: {} } },
    { name: 'transient with tries left → retry after back-off', result: { ok: false, error: transient }, attempt: 2, max: 3, expected: { next: 'retry', delayMs: 2_000, error: 'TransientJobError: BRP answered 503' } },
    { name: 'transient on the last try → failed with the Dutch reason', result: { ok: false, error: transient }, attempt: 3, max: 3, expected: { next: 'failed', message: 'BRP niet bereikbaar. (opgegeven na 3 pogingen)' } },
    { name: 'unknown error with tries left → retry, code only in the log', result: { ok: false, error: sqlError }, attempt: 1, max: 2, expected: { next: 'retry', error: 'Error (SQLITE_BUSY)' } },
    { name: 'unknown error on the last try → generic Dutch message', result: { ok: false, error: sqlError }, attempt: 1, max: 1, expected: { next: 'failed', message: `${GENERIC_FAILURE_MESSAGE} (opgegeven na 1 poging)`, error: 'Error (SQLITE_BUSY)' } },
    { name: 'permanent → failed at once', result: { ok: false, error: new PermanentJobError('Bestand onleesbaar.', 'not a spreadsheet') }, attempt: 1, max: 5, expected: { next: 'failed', message: 'Bestand onleesbaar.', error: 'PermanentJobError: not a spreadsheet' } },
    { name: 'snooze → run again later, no try used', result: { ok: false, error: new SnoozeJob(5_000, 'other upload busy') }, attempt: 3, max: 3, expected: { next: 'snooze', delayMs: 5_000 } },
    { name: 'a thrown non-error → treated as unknown', result: { ok: false, error: 'boom' }, attempt: 1, max: 1, expected: { next: 'failed', error: 'Non-error value thrown' } },
  ])('$name', ({ result, attempt, max, expected }) => {
    expect(decideAfterRun(result, attempt, max, policy, 0.5)).toMatchObject(expected);
  });

  test.each([
    { name: 'a transient error while the worker stops → snooze, no try used', error: transient as unknown, expected: { next: 'snooze', delayMs: 0 } },
    { name: 'an unknown error on the last try while the worker stops → snooze, not failed', error: sqlError as unknown, expected: { next: 'snooze', delayMs: 0 } },
    { name: 'a permanent error while the worker stops → still failed', error: new PermanentJobError('Fout.', 'bad input') as unknown, expected: { next: 'failed' } },
  ])('$name', ({ error, expected }) => {
    expect(decideAfterRun({ ok: false, error }, 3, 3, policy, 0.5, true)).toMatchObject(expected);
  });

  test('the retry message names the reason and the try, in Dutch', () => {
    const decision = decideAfterRun({ ok: false, error: transient }, 1, 3, policy, 0.5);
    expect(decision).toMatchObject({ next: 'retry', message: 'BRP niet bereikbaar. Poging 1 van 3 is mislukt; de taak wordt automatisch opnieuw geprobeerd.' });
  });

  test('no SQL or values from a driver error reach the log line', () => {
    const decision = decideAfterRun({ ok: false, error: sqlError }, 1, 1, policy, 0.5);
    expect(JSON.stringify(decision)).not.toMatch(/123456782|insert into/);
  });
});
