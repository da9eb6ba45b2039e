import { describe, expect, test } from 'vitest';
import { describeError } from './describe-error.ts';

const knexError = (sql: string, driver: string, code: string) => Object.assign(new Error(`${sql} - ${driver}`), { code });
const bigInsert = `insert into \`signals\` (\`address_key\`, \`surname\`) values ${Array.from({ length: 500 }, (_, i) => `('6001AB-${i}', 'Jansen')`).join(', ')}`;

describe('describeError', () => {
  test.each<[string, unknown, string]>([
    ['a plain error', new Error('BRP answered 503'), 'Error: BRP answered 503'],
    ['name and code', Object.assign(new TypeError('bad input'), { code: 'E_BAD' }), 'TypeError (E_BAD): bad input'],
    ['only the first line', new Error('first line\nsecond line with details'), 'Error: first line'],
    ['a 65 KB knex insert (SQLite)', knexError(bigInsert, 'SQLITE_CONSTRAINT: UNIQUE constraint failed: signals.id', 'SQLITE_CONSTRAINT'), 'Error (SQLITE_CONSTRAINT): [SQL statement omitted] SQLITE_CONSTRAINT: UNIQUE constraint failed: signals.id'],
    ['a knex select (PostgreSQL) keeps the constraint name, not values', knexError('select * from "signals" where "bsn" = $1', 'invalid input syntax for type uuid: "999993653"', '22P02'), 'Error (22P02): [SQL statement omitted] invalid input syntax for type uuid: "…"'],
    ['SQL inside the message without a driver part', new Error('update signals set surname = \'Jansen\' where id = 1'), 'Error: [SQL statement omitted]'],
    ['an e-mail address', new Error('Mail to j.jansen@weert.nl failed: 550 mailbox unavailable'), 'Error: Mail to [e-mail] failed: 550 mailbox unavailable'],
    ['a BSN-like number', new Error('no person for 999993653'), 'Error: no person for [number]'],
    ['a quoted identifier stays', new Error('duplicate key value violates unique constraint "signals_pkey"'), 'Error: duplicate key value violates unique constraint "signals_pkey"'],
    ['a string thrown', 'something', 'string'],
    ['null', null, 'object'],
    ['an error-like object', { name: 'FetchError', message: 'socket hang up', code: 'ECONNRESET' }, 'FetchError (ECONNRESET): socket hang up'],
  ])('%s', (_name, error, expected) => {
    expect(describeError(error)).toBe(expected);
  });

  test('the line is capped', () => {
    const line = describeError(new Error('x'.repeat(10_000)));
    expect(line.length).toBeLessThanOrEqual(310);
    expect(line.endsWith('…')).toBe(true);
  });

  test('the 65 KB statement leaves no address key or name', () => {
    const line = describeError(knexError(bigInsert, 'SQLITE_ERROR: too many terms', 'SQLITE_ERROR'));
    expect(line).not.toMatch(/6001AB|Jansen/);
    expect(line.length).toBeLessThan(120);
  });
});
