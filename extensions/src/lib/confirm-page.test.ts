import { describe, expect, test } from 'vitest';
import { confirmPageHtml } from './confirm-page.ts';

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
