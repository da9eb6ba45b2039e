import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { fromRoot } from './lib/project-paths.ts';

// npm start in production mode must refuse before it touches anything.
function startInProduction(env: Record<string, string>) {
  return spawnSync(process.execPath, [fromRoot('node_modules/tsx/dist/cli.mjs'), fromRoot('scripts/start.ts')], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', DB_FILENAME: '/nonexistent/never-created.sqlite', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('npm start in production', () => {
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
});
