import { describe, expect, test } from 'vitest';
import { parseAppConfig } from './app-config.ts';
import { directusEnv } from './directus-env.ts';

const hsts = (env: Record<string, string>) => Object.fromEntries(Object.entries(env).filter(([key]) => key.startsWith('HSTS_')));

describe('directusEnv: HSTS', () => {
  test.each<[string, Record<string, string>, Record<string, string>, Record<string, string>]>([
    ['https PUBLIC_URL: one year, this host only', { PUBLIC_URL: 'https://vroegsignalering.weert.nl' }, {}, { HSTS_ENABLED: 'true', HSTS_MAX_AGE: '31536000', HSTS_INCLUDE_SUB_DOMAINS: 'false', HSTS_PRELOAD: 'false' }],
    ['http PUBLIC_URL: none (a browser would pin http://localhost)', { PUBLIC_URL: 'http://localhost:8055' }, {}, {}],
    ['no PUBLIC_URL (development): none', {}, {}, {}],
    ['an operator\'s own HSTS_* settings win', { PUBLIC_URL: 'https://vs.example.nl' }, { HSTS_MAX_AGE: '63072000', HSTS_PRELOAD: 'true' }, { HSTS_ENABLED: 'true', HSTS_MAX_AGE: '63072000', HSTS_INCLUDE_SUB_DOMAINS: 'false', HSTS_PRELOAD: 'true' }],
  ])('%s', (_name, config, base, expected) => {
    expect(hsts(directusEnv(parseAppConfig(config), base))).toEqual(expected);
  });
});

describe('directusEnv: IP_TRUST_PROXY (login throttling is keyed on the client address)', () => {
  test.each<[string, Record<string, string>, Record<string, string>, string]>([
    ['http: trust no X-Forwarded-For (Directus would trust anyone\'s)', { PUBLIC_URL: 'http://localhost:8055' }, {}, 'false'],
    ['https: the one TLS proxy in front', { PUBLIC_URL: 'https://vs.example.nl' }, {}, '1'],
    ['the operator\'s own value wins', { PUBLIC_URL: 'https://vs.example.nl' }, { IP_TRUST_PROXY: '2' }, '2'],
  ])('%s', (_name, config, base, expected) => {
    expect(directusEnv(parseAppConfig(config), base).IP_TRUST_PROXY).toBe(expected);
  });
});

describe('directusEnv: TEMP_PATH (where Directus bundles the app extensions it serves)', () => {
  test('next to the instance\'s own extensions, not in the shared node_modules', () => {
    expect(directusEnv(parseAppConfig({ EXTENSIONS_PATH: '/tmp/run-1/extensions' }), {}).TEMP_PATH).toBe('/tmp/run-1/.directus-temp');
  });
  test('the operator\'s own value wins', () => {
    expect(directusEnv(parseAppConfig({}), { TEMP_PATH: '/var/tmp/directus' }).TEMP_PATH).toBe('/var/tmp/directus');
  });
});
