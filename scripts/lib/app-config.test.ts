import { describe, expect, test } from 'vitest';
import { ConfigError, parseAppConfig } from './app-config.ts';

const strong = {
  NODE_ENV: 'production',
  SECRET: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  ADMIN_PASSWORD: 'Een-lang-wachtwoord-2026',
  WORKER_TOKEN: 'c1f5e2a7b9d04e3f8a6b2c7d9e1f0a3b5c7d9e1f2a4b6c8d0e2f4a6b8c0d2e4f',
  PUBLIC_URL: 'https://vroegsignalering.weert.nl',
};

function problems(env: Record<string, string>): string[] {
  try {
    parseAppConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('parseAppConfig', () => {
  test('development defaults: embedded SQLite under data/, port 8055', () => {
    const config = parseAppConfig({});
    expect(config).toMatchObject({ DB_CLIENT: 'sqlite3', DB_FILENAME: 'data/database.sqlite', PORT: 8055, PUBLIC_URL: 'http://localhost:8055' });
  });

  test('PUBLIC_URL follows PORT when not given', () => {
    expect(parseAppConfig({ PORT: '9123' }).PUBLIC_URL).toBe('http://localhost:9123');
  });

  test('a strong production configuration is accepted', () => {
    expect(problems(strong)).toEqual([]);
  });

  test.each([
    ['missing SECRET', { SECRET: '' }, 'SECRET: SECRET is required in production'],
    ['default SECRET', { SECRET: 'changeme' }, 'SECRET: SECRET is a default or shorter than 32 characters'],
    ['short SECRET', { SECRET: 'abc123' }, 'SECRET: SECRET is a default or shorter than 32 characters'],
    ['missing admin password', { ADMIN_PASSWORD: '' }, 'ADMIN_PASSWORD: ADMIN_PASSWORD is required in production'],
    ['default admin password', { ADMIN_PASSWORD: 'd1r3ctu5' }, 'ADMIN_PASSWORD: ADMIN_PASSWORD is a default or shorter than 12 characters'],
    ['SECRET of 32 × a', { SECRET: 'a'.repeat(32) }, /^SECRET: SECRET is te zwak \(geschat \d+ bits, minimaal 128/],
    ['WORKER_TOKEN of 32 × a', { WORKER_TOKEN: 'a'.repeat(32) }, /^WORKER_TOKEN: WORKER_TOKEN is te zwak/],
    ['ADMIN_PASSWORD of 12 × a', { ADMIN_PASSWORD: 'aaaaaaaaaaaa' }, /^ADMIN_PASSWORD: ADMIN_PASSWORD is te zwak/],
    ['a dictionary-like admin password', { ADMIN_PASSWORD: 'Welkom-Directus-2026' }, /^ADMIN_PASSWORD: ADMIN_PASSWORD is te zwak/],
    ['missing worker token', { WORKER_TOKEN: '' }, 'WORKER_TOKEN: WORKER_TOKEN is required in production'],
  ])('production refuses %s', (_name, override, expected) => {
    const found = problems({ ...strong, ...override });
    if (typeof expected === 'string') expect(found).toContain(expected);
    else expect(found.some((problem) => expected.test(problem)), found.join('\n')).toBe(true);
  });

  test('weak values are fine outside production', () => {
    expect(problems({ SECRET: 'changeme', ADMIN_PASSWORD: 'admin' })).toEqual([]);
  });

  test('PostgreSQL needs connection settings', () => {
    expect(problems({ DB_CLIENT: 'pg' })).toEqual(['DB_HOST: DB_CLIENT=pg needs DB_HOST, DB_DATABASE and DB_USER (or DB_CONNECTION_STRING)']);
    expect(problems({ DB_CLIENT: 'pg', DB_HOST: '127.0.0.1', DB_DATABASE: 'vs', DB_USER: 'postgres' })).toEqual([]);
  });

  test('problems never echo the offending value', () => {
    const text = problems({ ...strong, SECRET: 'my-secret-value' }).join(' ');
    expect(text).not.toContain('my-secret-value');
  });
});
