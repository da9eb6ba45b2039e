import { Writable } from 'node:stream';
import { pino } from 'pino';
import { expect, test } from 'vitest';
import { redactDirectusLog } from './redact-directus-log.ts';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });
  // The same options Directus gives its logger (logger/index.js).
  const logger = pino({ level: 'info', redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '--redacted--' } }, stream);
  redactDirectusLog(logger);
  return { logger, output: () => lines.join('') };
}

test.each<[string, (logger: pino.Logger) => void, RegExp[], RegExp[]]>([
  [
    'an unexpected database error from the error handler: no SQL, no values',
    (logger) => logger.error(Object.assign(new Error(`insert into "signals" ("surname", "postcode") values ('Jansen', '6001AB') - duplicate key value violates unique constraint "signals_pkey"`), { code: '23505' })),
    [/23505/, /signals_pkey/],
    [/Jansen/, /6001AB/, /insert into/],
  ],
  [
    'a failed mail with nodemailer details: no address',
    (logger) => logger.error(Object.assign(new Error('Can\'t send mail - all recipients were rejected: 550 <p.jansen@example.nl>: mailbox unavailable'), { rejected: ['p.jansen@example.nl'], envelope: { to: ['p.jansen@example.nl'] } }), 'Could not send password reset mail'),
    [/Could not send password reset mail/, /550/],
    [/jansen/i],
  ],
  [
    'a warning text with an address',
    (logger) => logger.warn('[email] Error: invalid recipient a.b@weert.nl'),
    [/\[email\] Error: invalid recipient \[e-mail\]/],
    [/a\.b@weert\.nl/],
  ],
  [
    'an object with an err field',
    (logger) => logger.warn({ err: new Error('select * from directus_users where email = \'x@y.nl\''), attempt: 3 }, 'retrying'),
    [/"attempt":3/, /retrying/, /SQL statement omitted/],
    [/x@y\.nl/, /directus_users where/],
  ],
])('%s', (_name, log, present, absent) => {
  const { logger, output } = capture();
  log(logger);
  const text = output();
  for (const pattern of present) expect(text).toMatch(pattern);
  for (const pattern of absent) expect(text).not.toMatch(pattern);
});

test('info and debug lines are left alone, and wrapping twice is harmless', () => {
  const { logger, output } = capture();
  redactDirectusLog(logger);
  logger.info('Upload 12: processed');
  logger.error(new Error('boom'));
  expect(output()).toContain('Upload 12: processed');
  expect(output().match(/boom/g)).toHaveLength(1);
});
