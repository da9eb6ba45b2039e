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

  test('refuses the trivially weak secrets of issue 7 (32 × a, 12 × a), naming each variable, never its value', () => {
    const run = startInProduction({ SECRET: 'a'.repeat(32), WORKER_TOKEN: 'a'.repeat(32), ADMIN_PASSWORD: 'aaaaaaaaaaaa', PUBLIC_URL: 'https://vs.example' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('De configuratie is niet in orde; Vroegsignalering start niet.');
    for (const name of ['SECRET', 'WORKER_TOKEN', 'ADMIN_PASSWORD']) expect(run.stderr).toContain(`${name}: ${name} is te zwak`);
    expect(run.stderr).not.toContain('aaaaaaaaaaaa');
  });
});
