/**
 * One log-safe line for an error: name, code and the first line of the message, with SQL
 * statements and values taken out and the length capped. knex puts the whole statement,
 * bound values included, in `message` ("insert into … values (…) - <driver message>");
 * a log line once carried a 65 KB statement with 500 address keys. Personal data never
 * goes to logs, so what could be a value (quoted text, e-mail addresses, long digit runs)
 * is masked too.
 */
const MAX_LENGTH = 300;
const SQL_START = /^\s*(select|insert|update|delete|with|create|alter|drop|pragma|begin|commit|rollback|truncate|merge|upsert)\b/i;
const SQL_ANYWHERE = /\b(select\s.+\sfrom|insert\s+into|update\s.+\sset|delete\s+from|values\s*\()/is;

export function describeError(error: unknown): string {
  const { name, code, message } = partsOf(error);
  const safe = cap(maskValues(stripSql(firstLine(message))));
  return `${name}${code ? ` (${code})` : ''}${safe ? `: ${safe}` : ''}`;
}

/** A log text with SQL statements and value-like parts taken out and its length capped. */
export function redactLogText(text: string, max = 1000): string {
  return text.split(/\r?\n/).map((line) => maskValues(stripSql(line))).join('\n').slice(0, max);
}

function partsOf(error: unknown): { name: string; code: string | null; message: string } {
  if (error instanceof Error || (typeof error === 'object' && error !== null)) {
    const record = error as { name?: unknown; code?: unknown; message?: unknown; constructor?: { name?: string } };
    const name = typeof record.name === 'string' && record.name ? record.name : record.constructor?.name ?? 'Error';
    const code = typeof record.code === 'string' || typeof record.code === 'number' ? String(record.code) : null;
    return { name: cap(name, 60), code: code && cap(code, 60), message: typeof record.message === 'string' ? record.message : '' };
  }
  return { name: typeof error, code: null, message: '' };
}

function firstLine(message: string): string {
  return message.split(/\r?\n/, 1)[0] ?? '';
}

/** knex: "<sql> - <driver message>"; keep the driver's part only. */
function stripSql(line: string): string {
  if (!SQL_START.test(line) && !SQL_ANYWHERE.test(line)) return line;
  const cut = line.lastIndexOf(' - ');
  const rest = cut >= 0 ? line.slice(cut + 3) : '';
  if (!rest || SQL_START.test(rest) || SQL_ANYWHERE.test(rest)) return '[SQL statement omitted]';
  return `[SQL statement omitted] ${rest}`;
}

function maskValues(line: string): string {
  return line
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[e-mail]')
    .replace(/"[^"]*"|'[^']*'|`[^`]*`/g, (quoted) => (/^["'`][\w.]+["'`]$/.test(quoted) && !/^["'`]\d+["'`]$/.test(quoted) && quoted.length <= 66 ? quoted : `${quoted[0]}…${quoted[0]}`))
    .replace(/\b\d{6,}\b/g, '[number]');
}

function cap(text: string, max = MAX_LENGTH): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
