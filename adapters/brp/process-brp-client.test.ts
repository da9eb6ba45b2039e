import { describe, expect, test } from 'vitest';
import { BrpSettingsError, createProcessBrpClient, readBrpSettings } from './process-brp-client.ts';

const URL = 'https://brp.example.nl/haalcentraal/api/brp';

describe('readBrpSettings', () => {
  test.each([
    { env: {}, expected: null },
    { env: { BRP_API_URL: '  ' }, expected: null },
    { env: { BRP_API_URL: URL }, expected: { baseUrl: URL, requestsPerSecond: 5 } },
    { env: { BRP_API_URL: URL, BRP_REQUESTS_PER_SECOND: '20' }, expected: { requestsPerSecond: 20 } },
  ])('valid: $env', ({ env, expected }) => {
    const settings = readBrpSettings(env);
    if (expected === null) expect(settings).toBeNull();
    else expect(settings).toMatchObject(expected);
  });

  test.each([
    { env: { BRP_API_URL: 'brp-server' }, problem: 'BRP_API_URL moet een volledige URL zijn' },
    { env: { BRP_API_URL: URL, BRP_REQUESTS_PER_SECOND: 'veel' }, problem: 'BRP_REQUESTS_PER_SECOND moet een getal' },
    { env: { BRP_API_URL: URL, BRP_API_HEADERS: '{nope' }, problem: 'BRP_API_HEADERS moet een JSON-object' },
    { env: { BRP_API_URL: URL, BRP_TIMEOUT_MS: '5' }, problem: 'BRP_TIMEOUT_MS moet een geheel getal' },
    { env: { BRP_API_URL: URL, BRP_MAX_RETRIES: '-1' }, problem: 'BRP_MAX_RETRIES moet een geheel getal' },
  ])('invalid settings stop the start in Dutch: $env', ({ env, problem }) => {
    expect(() => readBrpSettings(env)).toThrow(BrpSettingsError);
    expect(() => readBrpSettings(env)).toThrow(problem);
  });
});

describe('createProcessBrpClient', () => {
  test('no register configured: no client', () => {
    expect(createProcessBrpClient({})).toBeNull();
  });
  test('a configured register: one client', () => {
    expect(createProcessBrpClient({ BRP_API_URL: URL })).toMatchObject({ searchByAddress: expect.any(Function) });
  });
});
