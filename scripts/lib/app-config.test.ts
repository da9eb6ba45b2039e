import { describe, expect, test } from 'vitest';
import { ConfigError, parseAppConfig } from './app-config.ts';

const strong = {
  NODE_ENV: 'production',
  SECRET: 'x'.repeat(40),
  ADMIN_PASSWORD: 'Een-lang-wachtwoord-2026',
  WORKER_TOKEN: 'w'.repeat(40),
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
    ['missing worker token', { WORKER_TOKEN: '' }, 'WORKER_TOKEN: WORKER_TOKEN is required in production'],
  ])('production refuses %s', (_name, override, expected) => {
    expect(problems({ ...strong, ...override })).toContain(expected);
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
