import { describe, expect, test } from 'vitest';
import { parseWorkerConfig } from './worker-config.ts';

const base = { DIRECTUS_URL: 'http://127.0.0.1:8055/', WORKER_TOKEN: 'x'.repeat(32) };

describe('parseWorkerConfig', () => {
  test.each([
    { name: 'SQLite by default, relative file from the project root', env: base, expected: { ok: true, config: { db: { client: 'sqlite3', filename: '/app/data/database.sqlite' }, directusUrl: 'http://127.0.0.1:8055', concurrency: 4 } } },
    { name: 'PostgreSQL with Directus names', env: { ...base, DB_CLIENT: 'pg', DB_HOST: 'db', DB_DATABASE: 'vs', DB_USER: 'vs', DB_PASSWORD: 'pw', WORKER_CONCURRENCY: '8' }, expected: { ok: true, config: { db: { client: 'pg', host: 'db', port: 5432, database: 'vs', user: 'vs' }, concurrency: 8 } } },
    { name: 'PUBLIC_URL stands in for DIRECTUS_URL', env: { WORKER_TOKEN: 't', PUBLIC_URL: 'https://vs.example.nl' }, expected: { ok: true, config: { directusUrl: 'https://vs.example.nl' } } },
  ])('$name', ({ env, expected }) => {
    expect(parseWorkerConfig(env, '/app')).toMatchObject(expected);
  });

  test.each([
    { name: 'no token', env: { DIRECTUS_URL: base.DIRECTUS_URL }, problem: 'WORKER_TOKEN' },
    { name: 'no URL', env: { WORKER_TOKEN: 't' }, problem: 'DIRECTUS_URL' },
    { name: 'pg without host', env: { ...base, DB_CLIENT: 'pg' }, problem: 'DB_HOST' },
    { name: 'unknown database client', env: { ...base, DB_CLIENT: 'mysql' }, problem: 'DB_CLIENT' },
    { name: 'concurrency 0', env: { ...base, WORKER_CONCURRENCY: '0' }, problem: 'WORKER_CONCURRENCY' },
  ])('refuses $name', ({ env, problem }) => {
    const result = parseWorkerConfig(env, '/app');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toContain(problem);
  });

  test('never echoes a secret in a problem', () => {
    const result = parseWorkerConfig({ DIRECTUS_URL: 'not a url', WORKER_TOKEN: 'supersecret-token', DB_CLIENT: 'pg', DB_PASSWORD: 'hunter2' }, '/app');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).not.toMatch(/supersecret|hunter2/);
  });
});
