/**
 * HSTS follows PUBLIC_URL: an https address (behind a TLS proxy in production) gets
 * Strict-Transport-Security, the test instance's http address none. The https instance is a
 * SQLite one of its own whatever the project's database: the header does not depend on it,
 * so this file runs in the SQLite project only (vitest.config.ts).
 */
import { describe, expect, inject, test } from 'vitest';
import { startEphemeralInstance } from '../../scripts/lib/ephemeral-instance.ts';

const directus = inject('directus');

describe('headers', () => {
  test('an https PUBLIC_URL gets HSTS, an http one none', async () => {
    expect((await fetch(`${directus.url}/server/ping`)).headers.get('strict-transport-security')).toBeNull();
    // A second instance whose public address is https (behind a TLS proxy in production).
    const secure = await startEphemeralInstance({ dbClient: 'sqlite3', publicUrl: 'https://vroegsignalering.example.nl' });
    try {
      const response = await fetch(`${secure.url}/server/ping`);
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000');
      expect(response.headers.get('x-powered-by')).toBeNull();
    } finally {
      await secure.stop();
    }
  }, 240_000);
});
