/**
 * Directus logs some errors whole at `warn`/`error`: an unexpected database error (its
 * message is the full SQL statement with bound values, see describeError) from the error
 * handler, and a failed mail with nodemailer's error (recipient addresses in `rejected`,
 * `envelope` and the message). Pino's `redact` (LOGGER_REDACT_*) can only blank fixed
 * paths, and its hooks cannot be set from the environment, so this wraps the warn, error
 * and fatal methods of Directus's own logger instance (the one every Directus module gets
 * from useLogger(), and extensions get as `logger`): errors become their describeError
 * line, text has SQL, e-mail addresses and long numbers taken out.
 */
import { describeError, redactLogText } from '../../../core/logging/describe-error.ts';

type LogMethod = (...args: unknown[]) => void;
type Logger = Record<string, unknown>;

const LEVELS = ['warn', 'error', 'fatal'] as const;
const WRAPPED = Symbol.for('vroegsignalering.redacted');

const isErrorLike = (value: unknown): value is Error => value instanceof Error || (typeof value === 'object' && value !== null && 'message' in value && 'stack' in value);

function redactArgument(value: unknown, index: number): unknown {
  if (typeof value === 'string') return redactLogText(value);
  if (isErrorLike(value)) return index === 0 ? { error: describeError(value) } : describeError(value);
  if (index === 0 && typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const safe: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(record)) {
      if (isErrorLike(field)) safe[key] = describeError(field);
      else if (typeof field === 'string') safe[key] = redactLogText(field, 300);
      else if (typeof field === 'number' || typeof field === 'boolean') safe[key] = field;
      else safe[key] = '[omitted]';
    }
    return safe;
  }
  return value;
}

export function redactDirectusLog(logger: unknown): void {
  const target = logger as Logger;
  for (const level of LEVELS) {
    const original = target[level] as LogMethod & { [WRAPPED]?: true };
    if (typeof original !== 'function' || original[WRAPPED]) continue;
    const wrapped: LogMethod & { [WRAPPED]?: true } = function (this: unknown, ...args: unknown[]) {
      original.apply(this, args.map(redactArgument));
    };
    wrapped[WRAPPED] = true;
    target[level] = wrapped;
  }
}
