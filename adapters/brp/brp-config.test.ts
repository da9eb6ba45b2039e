import { describe, expect, test } from 'vitest';
import { loadBrpConfig, parseBrpConfig } from './brp-config.ts';

const URL_ONLY = { BRP_API_URL: 'https://proefomgeving.haalcentraal.nl/haalcentraal/api/brp/' };

describe('parseBrpConfig', () => {
  test('defaults', () => {
    expect(parseBrpConfig(URL_ONLY)).toEqual({
      ok: true,
      config: { baseUrl: 'https://proefomgeving.haalcentraal.nl/haalcentraal/api/brp', timeoutMs: 10_000, maxRetries: 3, requestsPerSecond: 5 },
    });
  });

  test('every setting', () => {
    const result = parseBrpConfig({
      ...URL_ONLY,
      BRP_API_KEY: ' secret ',
      BRP_API_HEADERS: '{"x-doelbinding":"vroegsignalering"}',
      BRP_TIMEOUT_MS: '2500',
      BRP_MAX_RETRIES: '0',
      BRP_REQUESTS_PER_SECOND: '0.5',
    });
    expect(result).toEqual({
      ok: true,
      config: {
        baseUrl: 'https://proefomgeving.haalcentraal.nl/haalcentraal/api/brp',
        apiKey: 'secret',
        headers: { 'x-doelbinding': 'vroegsignalering' },
        timeoutMs: 2500,
        maxRetries: 0,
        requestsPerSecond: 0.5,
      },
    });
  });

  test('empty optional values are absent', () => {
    expect(parseBrpConfig({ ...URL_ONLY, BRP_API_KEY: '', BRP_API_HEADERS: ' ' })).toMatchObject({ ok: true, config: { baseUrl: expect.any(String) } });
    const result = parseBrpConfig({ ...URL_ONLY, BRP_API_KEY: '' });
    expect(result.ok && 'apiKey' in result.config).toBe(false);
  });

  test.each([
    [{}, 'BRP_API_URL'],
    [{ BRP_API_URL: 'not a url' }, 'BRP_API_URL'],
    [{ ...URL_ONLY, BRP_API_HEADERS: '{nope' }, 'BRP_API_HEADERS is not valid JSON'],
    [{ ...URL_ONLY, BRP_API_HEADERS: '["a"]' }, 'BRP_API_HEADERS'],
    [{ ...URL_ONLY, BRP_API_HEADERS: '{"a":1}' }, 'BRP_API_HEADERS'],
    [{ ...URL_ONLY, BRP_TIMEOUT_MS: 'soon' }, 'BRP_TIMEOUT_MS'],
    [{ ...URL_ONLY, BRP_MAX_RETRIES: '-1' }, 'BRP_MAX_RETRIES'],
    [{ ...URL_ONLY, BRP_REQUESTS_PER_SECOND: '0' }, 'BRP_REQUESTS_PER_SECOND'],
  ])('%j is rejected mentioning %s', (env, fragment) => {
    const result = parseBrpConfig(env);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.errors.join('\n')).toContain(fragment);
  });

  test('loadBrpConfig throws at start', () => {
    expect(() => loadBrpConfig({})).toThrow(/Invalid BRP configuration: BRP_API_URL/);
  });
});
