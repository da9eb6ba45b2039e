/**
 * An English, log-safe summary of an error: its type and code, never its message when that
 * message may carry SQL or values (database drivers put the whole statement and sometimes
 * the row in it). Our own job errors carry messages written to be safe, so those are kept.
 */
import { PermanentJobError, SnoozeJob, TransientJobError } from './job-types.ts';

const SAFE_CODE = /^[A-Z0-9_]{2,40}$/;

export function describeJobError(error: unknown): string {
  if (error instanceof TransientJobError || error instanceof PermanentJobError || error instanceof SnoozeJob) {
    return `${error.name}: ${error.message.slice(0, 500)}`;
  }
  if (!(error instanceof Error)) return 'Non-error value thrown';
  const name = /^[A-Za-z]{1,60}$/.test(error.name) ? error.name : 'Error';
  const code = (error as { code?: unknown }).code;
  const codeText = typeof code === 'string' && SAFE_CODE.test(code) ? ` (${code})` : '';
  return `${name}${codeText}`;
}
