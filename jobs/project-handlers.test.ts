import { describe, expect, test } from 'vitest';
import { projectHandlers, projectJobSettings } from './project-handlers.ts';

describe('projectJobSettings', () => {
  test.each([
    { env: {}, expected: { PUBLIC_URL: '', ORPHAN_FILE_MINUTES: 15, ORPHAN_SWEEP_INTERVAL_SECONDS: 300, RECONCILE_INTERVAL_SECONDS: 300 } },
    { env: { ORPHAN_FILE_MINUTES: '0', RECONCILE_INTERVAL_SECONDS: '5', PUBLIC_URL: 'https://vs.example.nl' }, expected: { PUBLIC_URL: 'https://vs.example.nl', ORPHAN_FILE_MINUTES: 0, RECONCILE_INTERVAL_SECONDS: 5 } },
    { env: { ORPHAN_FILE_MINUTES: '' }, expected: { ORPHAN_FILE_MINUTES: 15 } },
    { env: { ORPHAN_FILE_MINUTES: '0.05', ORPHAN_SWEEP_INTERVAL_SECONDS: '2' }, expected: { ORPHAN_FILE_MINUTES: 0.05, ORPHAN_SWEEP_INTERVAL_SECONDS: 2 } },
  ])('$env', ({ env, expected }) => {
    expect(projectJobSettings(env)).toMatchObject(expected);
  });

  test.each([{ ORPHAN_FILE_MINUTES: '-1' }, { ORPHAN_FILE_MINUTES: 'een uur' }, { RECONCILE_INTERVAL_SECONDS: '0' }, { ORPHAN_SWEEP_INTERVAL_SECONDS: '0' }])('refused: %o', (env) => {
    expect(() => projectJobSettings(env)).toThrow();
  });
});

describe('projectHandlers', () => {
  test('every kind of the project\'s own background work has a handler', () => {
    expect(Object.keys(projectHandlers(projectJobSettings({}))).sort()).toEqual(['enrich-signals', 'process-source-list', 'process-upload', 'sweep-orphan-files']);
  });
});
