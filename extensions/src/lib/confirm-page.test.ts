import type { Request } from 'express';
import { describe, expect, test } from 'vitest';
import { confirmPageHtml, isSameOriginPost } from './confirm-page.ts';

const request = (headers: Record<string, string>, host = 'vs.example.nl', protocol = 'https') =>
  ({ protocol, get: (name: string) => (name === 'host' ? host : headers[name.toLowerCase()]) }) as unknown as Request;

describe('isSameOriginPost', () => {
  test.each<{ name: string; headers: Record<string, string>; expected: boolean }>([
    { name: 'form on our own page (Sec-Fetch-Site)', headers: { 'sec-fetch-site': 'same-origin', origin: 'https://vs.example.nl' }, expected: true },
    { name: 'another site (Sec-Fetch-Site)', headers: { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }, expected: false },
    { name: 'a sibling subdomain (same-site is not enough)', headers: { 'sec-fetch-site': 'same-site', origin: 'https://other.example.nl' }, expected: false },
    { name: 'typed in the address bar (none)', headers: { 'sec-fetch-site': 'none' }, expected: false },
    { name: 'older browser, own origin', headers: { origin: 'https://vs.example.nl' }, expected: true },
    { name: 'older browser, PUBLIC_URL origin behind a proxy', headers: { origin: 'https://vroegsignalering.gemeente.nl' }, expected: true },
    { name: 'older browser, foreign origin', headers: { origin: 'https://evil.example' }, expected: false },
    { name: 'no browser headers, bearer token (script)', headers: { authorization: 'Bearer abc' }, expected: true },
    { name: 'no browser headers, cookie only', headers: { cookie: 'directus_session_token=x' }, expected: false },
  ])('$name → $expected', ({ headers, expected }) => {
    expect(isSameOriginPost(request(headers), 'https://vroegsignalering.gemeente.nl/')).toBe(expected);
  });
});

describe('confirmPageHtml', () => {
  test('escapes what it shows and posts to itself', () => {
    const html = confirmPageHtml({ title: 'Taak <b>', lines: ['Melding: "<script>alert(1)</script>"'], button: 'Opnieuw starten', backHref: '/admin/content/job_runs/1?a=1&b=2' });
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<form method="post"><button type="submit">Opnieuw starten</button></form>');
    expect(html).toContain('href="/admin/content/job_runs/1?a=1&amp;b=2"');
  });

  test('without a button there is no form', () => {
    expect(confirmPageHtml({ title: 'Niet mogelijk', lines: ['Alleen een mislukte taak.'], backHref: '/admin' })).not.toContain('<form');
  });
});
