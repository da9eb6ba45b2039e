import { describe, expect, test } from 'vitest';
import { isSameOriginRequest } from './same-origin.ts';

const publicUrl = 'https://vs.weert.nl';

describe('isSameOriginRequest', () => {
  test.each<[string, Record<string, string>, boolean]>([
    ['Sec-Fetch-Site same-origin', { 'sec-fetch-site': 'same-origin', cookie: 'x' }, true],
    ['Sec-Fetch-Site cross-site, even with a matching Origin', { 'sec-fetch-site': 'cross-site', origin: publicUrl }, false],
    ['Sec-Fetch-Site same-site (a sibling subdomain)', { 'sec-fetch-site': 'same-site' }, false],
    ['Sec-Fetch-Site none (typed address, bookmark)', { 'sec-fetch-site': 'none' }, false],
    ['Origin equal to PUBLIC_URL', { origin: publicUrl }, true],
    ['Origin equal to the request host', { origin: 'http://localhost:8055', host: 'localhost:8055' }, true],
    ['Origin of another site', { origin: 'https://evil.example', host: 'localhost:8055' }, false],
    ['Origin null (sandboxed frame, data: URL)', { origin: 'null' }, false],
    ['only a Referer from the app', { referer: `${publicUrl}/admin/content/uploads/1` }, true],
    ['only a Referer from another site', { referer: 'https://evil.example/page' }, false],
    ['no Origin, Referer or Sec-Fetch-Site', { cookie: 'directus_session_token=x' }, false],
    ['a bearer token without browser headers (a script; not forgeable cross-site)', { authorization: 'Bearer abc' }, true],
    ['a bearer token on a request the browser marks cross-site', { authorization: 'Bearer abc', origin: 'https://evil.example' }, false],
  ])('%s → %s', (_name, headers, expected) => {
    expect(isSameOriginRequest({ headers, publicUrl, protocol: 'http' })).toBe(expected);
  });
});
