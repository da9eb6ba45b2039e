import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { fromRoot } from './lib/project-paths.ts';

// npm start in production mode must refuse before it touches anything. Every test starts a
// process (tsx compiles first): seconds on a busy machine, hence a minute each.
function startInProduction(env: Record<string, string>) {
  return spawnSync(process.execPath, [fromRoot('node_modules/tsx/dist/cli.mjs'), fromRoot('scripts/start.ts')], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', DB_FILENAME: '/nonexistent/never-created.sqlite', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('npm start in production', { timeout: 60_000 }, () => {
  test.each([
    ['without a SECRET or admin password', {}],
    ['with a default SECRET and admin password', { SECRET: 'changeme', ADMIN_PASSWORD: 'admin', WORKER_TOKEN: 'w'.repeat(40), PUBLIC_URL: 'https://vs.example' }],
  ])('refuses to start %s, in Dutch, without echoing secrets', (_name, env) => {
    const run = startInProduction(env);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('De configuratie is niet in orde; Vroegsignalering start niet.');
    expect(run.stderr).toMatch(/SECRET/);
    expect(run.stderr).not.toContain('changeme');
  });

  test('refuses the trivially weak secrets of issue 7 (32 × a, 12 × a), naming each variable, never its value', () => {
    const run = startInProduction({ SECRET: 'a'.repeat(32), WORKER_TOKEN: 'a'.repeat(32), ADMIN_PASSWORD: 'aaaaaaaaaaaa', PUBLIC_URL: 'https://vs.example' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('De configuratie is niet in orde; Vroegsignalering start niet.');
    for (const name of ['SECRET', 'WORKER_TOKEN', 'ADMIN_PASSWORD']) expect(run.stderr).toContain(`${name}: ${name} is te zwak`);
    expect(run.stderr).not.toContain('aaaaaaaaaaaa');
  });
});

describe('npm start with invalid BRP settings', { timeout: 60_000 }, () => {
  test.each([
    ['a BRP_API_URL that is no URL', { BRP_API_URL: 'brp-server' }, 'BRP_API_URL moet een volledige URL zijn'],
    ['a rate that is no number', { BRP_API_URL: 'https://brp.example.nl/haalcentraal/api/brp', BRP_REQUESTS_PER_SECOND: 'veel' }, 'BRP_REQUESTS_PER_SECOND moet een getal'],
  ])('refuses to start with %s, in Dutch, instead of running without the BRP', (_name, env, message) => {
    const run = startInProduction({ SECRET: 'Vq3#xT9!mP2@kL7$wR5^nB8&hJ4*zD6e', ADMIN_PASSWORD: 'paars-olifant-rivier-kompas-71', WORKER_TOKEN: '5f0c2a9e7b1d4e8fa3c6b2d9e0f1a7c4b8d2e6f0a9c3b7d1e5f4a8c2b6d0e9f3', PUBLIC_URL: 'https://vs.example', ...env });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Vroegsignalering start niet');
    expect(run.stderr).toContain(message);
  });
});

describe('the worker with invalid settings', { timeout: 60_000 }, () => {
  test.each([
    ['BRP_API_URL', { BRP_API_URL: 'brp-server' }, 'BRP_API_URL moet een volledige URL zijn'],
    ['BRP_TIMEOUT_MS', { BRP_API_URL: 'https://brp.example.nl/haalcentraal/api/brp', BRP_TIMEOUT_MS: '5' }, 'BRP_TIMEOUT_MS moet een geheel getal'],
    ['JOB_POLICY_OVERRIDES', { JOB_POLICY_OVERRIDES: '{kapot' }, 'JOB_POLICY_OVERRIDES (JSON) is ongeldig'],
    ['ORPHAN_FILE_MINUTES', { ORPHAN_FILE_MINUTES: 'een uur' }, 'ORPHAN_FILE_MINUTES'],
  ])('stops at start on a wrong %s with a Dutch message (exit 2)', (_name, env, message) => {
    const run = spawnSync(process.execPath, [fromRoot('node_modules/tsx/dist/cli.mjs'), fromRoot('scripts/worker.ts')], {
      env: { PATH: process.env.PATH ?? '', DIRECTUS_URL: 'http://127.0.0.1:9', WORKER_TOKEN: 'token', DB_FILENAME: '/nonexistent/never-created.sqlite', ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('start niet');
    expect(run.stderr).toContain(message);
  });
});
