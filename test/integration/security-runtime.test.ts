/**
 * Issue 7, the runtime half, attacked over the real API: uploads leave no trace on disk,
 * a GET changes nothing and a cross-site POST is refused, bad logins are throttled
 * without locking the real user out, and the headers give nothing away.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { buildZip, workbookParts, worksheetBeforeSharedStrings, worksheetXml, zipBomb } from '../../adapters/spreadsheet/test-support/crafted-xlsx.ts';
import { type Api, loginAs } from '../support/api.ts';
import { startProjectWorker } from '../support/project-worker.ts';
import { submitUpload } from '../support/uploads.ts';
import type { TestWorker } from '../support/workers.ts';

const directus = inject('directus');
let corporation: Api;
let staff: Api;
let admin: Api;
// Uploads and enrichment are jobs the worker runs; it gets a private temp folder of its own,
// so the scans below cover both processes.
let worker: TestWorker;
let workerTmpDir = '';

beforeAll(async () => {
  workerTmpDir = await mkdtemp(path.join(os.tmpdir(), 'vs-worker-tmp-'));
  worker = await startProjectWorker({ env: { TMPDIR: workerTmpDir } });
  corporation = await loginAs('corporation');
  staff = await loginAs('debt_services');
  admin = await loginAs('admin');
});

afterAll(async () => {
  await worker?.stop();
  await rm(workerTmpDir, { recursive: true, force: true });
});

/** What the worker left in its temp folder, apart from tsx's cache of compiled source files. */
async function workerTempEntries(): Promise<string[]> {
  return (await allEntries(workerTmpDir)).filter((entry) => !path.relative(workerTmpDir, entry).startsWith('tsx-'));
}

async function allEntries(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    out.push(full);
    if (entry.isDirectory()) out.push(...(await allEntries(full)));
  }
  return out;
}

const header = ['Voorletters', 'Achternaam', 'Geboortedatum', 'Adres', 'Postcode', 'Maanden achterstand', 'BSN'];

describe(`uploads leave no trace on disk (${directus.dbClient})`, () => {
  async function expectNoTrace(fileId: string | null, storageBefore: string[]) {
    expect(await allEntries(directus.tmpDir), 'Directus temp folder').toEqual([]);
    expect(await workerTempEntries(), 'worker temp folder').toEqual([]);
    const storageAfter = await readdir(directus.storageRoot);
    expect(storageAfter.filter((name) => !storageBefore.includes(name)), 'new files in storage').toEqual([]);
    if (fileId) expect(storageAfter.some((name) => name.startsWith(fileId))).toBe(false);
  }

  test('an XLSX with the worksheet stored before its shared strings: processed, BSN column dropped, nothing left', async () => {
    const storageBefore = await readdir(directus.storageRoot);
    const xlsx = worksheetBeforeSharedStrings([header, ['T.', 'Tijdelijk', '01-02-1980', 'Markt 1', '6001AA', 2, '123456782'], ['S.', 'Spoorloos', '03-04-1975', 'Markt 2', '6001AA', 3, '111222333']]);
    const upload = await submitUpload(corporation, 'lijst.xlsx', xlsx, '2026-04');
    expect(upload).toMatchObject({ status: 'processed', accepted: 2, dropped_columns: ['BSN'], file: null });
    await expectNoTrace(upload.file, storageBefore);
  });

  test.each([
    ['declares more than 1 GB', () => zipBomb(1100 * 1024 * 1024)],
    ['declares 900 kB but inflates to more than 1 GB', () => zipBomb(1100 * 1024 * 1024, 900_000)],
  ])('a zip bomb that %s is refused quickly with a Dutch reason; nothing left', async (_name, make) => {
    const storageBefore = await readdir(directus.storageRoot);
    const started = Date.now();
    const upload = await submitUpload(corporation, 'bom.xlsx', await make(), '2026-05');
    expect(upload.status).toBe('refused');
    expect(upload.summary).toContain('Het Excel-bestand pakt uit tot een onredelijk grote hoeveelheid gegevens');
    // The refusal reason above is the proof that nothing was inflated; the bound only catches a
    // runaway that inflates for minutes (a full run on two cores takes 25 s for this upload).
    expect(Date.now() - started).toBeLessThan(90_000);
    await expectNoTrace(upload.file, storageBefore);
  }, 120_000);

  test('inline strings without a shared strings part: read', async () => {
    const xlsx = buildZip([...workbookParts, { name: 'xl/worksheets/sheet1.xml', data: worksheetXml([header.slice(0, 6), ['I.', 'Inline', '05-06-1970', 'Markt 3', '6001AA', 4]], 'inline').sheet }]);
    const upload = await submitUpload(corporation, 'inline.xlsx', xlsx, '2026-06');
    expect(upload).toMatchObject({ status: 'processed', accepted: 1 });
    expect(await allEntries(directus.tmpDir)).toEqual([]);
    expect(await workerTempEntries()).toEqual([]);
  });
});

describe(`a GET changes nothing; a cross-site POST is refused (${directus.dbClient})`, () => {
  let uploadId = '';
  let cookie = '';
  const enrichedAt = async () =>
    ((await admin.get<Array<{ enriched_at: string | null }>>(`/items/signals?filter[upload][_eq]=${uploadId}&fields=enriched_at&limit=-1`)).body.data ?? []).map((s) => s.enriched_at).join(',');

  beforeAll(async () => {
    const csv = 'Voorletters;Achternaam;Geboortedatum;Adres;Postcode;Maanden achterstand\nR.;Herhaal;07-08-1966;Markt 9;6001AA;2\n';
    const upload = await submitUpload(corporation, 'herhaal.csv', csv, '2026-07');
    uploadId = upload.id;
    // The enrichment after the upload runs in the background: wait until it is done.
    for (let i = 0; i < 100 && !(await enrichedAt()); i++) await sleep(200);
    const login = await fetch(`${directus.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: directus.demo.users.debt_services.email, password: directus.demoPassword, mode: 'session' }),
    });
    expect(login.status).toBe(200);
    cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    expect(cookie).toMatch(/session/);
  });

  const link = () => `${directus.url}/vroegsignalering/uploads/${uploadId}/opnieuw-verrijken`;

  test('the GET the admin links to (a cross-site top-level navigation carries the cookie) shows a confirmation page and changes nothing', async () => {
    const before = await enrichedAt();
    expect(before).not.toBe('');
    const page = await fetch(link(), { redirect: 'manual', headers: { cookie, 'sec-fetch-site': 'cross-site' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Bevestigen');
    expect(html).toContain('Terug');
    expect(html).toContain('periode 2026-07');
    await sleep(1_000);
    expect(await enrichedAt()).toBe(before);
  });

  test.each([
    ['an Origin of another site', { origin: 'https://evil.example' }],
    ['Sec-Fetch-Site cross-site', { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }],
    ['no Origin, Referer or Sec-Fetch-Site', {}],
  ])('a POST with the session cookie and %s is refused with 403 in Dutch', async (_name, headers) => {
    const before = await enrichedAt();
    const post = await fetch(link(), { method: 'POST', redirect: 'manual', headers: { cookie, ...headers } });
    expect(post.status).toBe(403);
    expect(await post.text()).toContain('Dit verzoek komt niet uit Vroegsignalering zelf en is geweigerd.');
    expect(await enrichedAt()).toBe(before);
  });

  test('the same POST from the application itself re-enriches and goes back to the upload', async () => {
    const before = await enrichedAt();
    await sleep(1_100);
    const post = await fetch(link(), { method: 'POST', redirect: 'manual', headers: { cookie, origin: new URL(directus.url).origin } });
    expect(post.status).toBe(303);
    expect(post.headers.get('location')).toBe(`/admin/content/uploads/${uploadId}`);
    // The re-enrichment is a job: the worker runs it shortly after.
    for (let i = 0; i < 100 && (await enrichedAt()) === before; i++) await sleep(200);
    expect(await enrichedAt()).not.toBe(before);
  });

  test('the JSON enrichment endpoint refuses a cross-site cookie request too', async () => {
    const post = await fetch(`${directus.url}/vroegsignalering/enrichment`, { method: 'POST', headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/json' }, body: JSON.stringify({ period: '2026-07' }) });
    expect(post.status).toBe(403);
  });
});

describe(`bad logins are throttled, nobody is locked out (${directus.dbClient})`, () => {
  const user = () => directus.demo.users.social_work;
  const attempt = async (address: string, password: string) => {
    const started = performance.now();
    const response = await fetch(`${directus.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ email: user().email, password }),
    });
    const body = (await response.json()) as { errors?: Array<{ message: string }> };
    return { status: response.status, message: body.errors?.[0]?.message ?? '', ms: performance.now() - started };
  };
  const clear = async () => {
    const cleared = await admin.post<{ cleared: number }>('/vroegsignalering/aanmeldblokkade/opheffen', { email: user().email });
    expect(cleared.status).toBe(200);
  };

  test('30 bad logins from one address: from the 5th on refused with 429 in Dutch; the real user at another address logs in; the account stays active', async () => {
    await clear();
    const results = [];
    for (let i = 0; i < 30; i++) results.push(await attempt('203.0.113.7', `Fout-wachtwoord-${i}`));
    expect(results.slice(0, 4).map((r) => r.status)).toEqual([401, 401, 401, 401]);
    expect(results[4]).toMatchObject({ status: 429, message: expect.stringMatching(/^Te veel mislukte pogingen; probeer het over \d+ seconden? opnieuw\.$/) });
    expect(results.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(20);
    // Sequential guesses are slowed: each failure costs Directus's stall, each refusal ends the try.
    expect(results.slice(0, 4).every((r) => r.ms >= 400)).toBe(true);

    const real = await attempt('198.51.100.9', directus.demoPassword);
    expect(real.status).toBe(200);
    const status = (await admin.get<{ status: string }>(`/users/${user().id}?fields=status`)).body.data!;
    expect(status).toEqual({ status: 'active' });
  });

  test('Directus never suspends an account after failed logins', async () => {
    const settings = (await admin.get<{ auth_login_attempts: number | null }>('/settings?fields=auth_login_attempts')).body.data!;
    expect(settings.auth_login_attempts).toBeNull();
  });

  test('spread over many addresses: the account is refused only briefly, then the real user logs in', async () => {
    await clear();
    for (let i = 0; i < 11; i++) expect((await attempt(`203.0.113.${20 + i}`, `Fout-${i}`)).status).toBe(401);
    const refused = await attempt('198.51.100.10', directus.demoPassword);
    expect(refused.status).toBe(429);
    const seconds = Number(/over (\d+) second/.exec(refused.message)?.[1]);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(30);
    await sleep(seconds * 1000 + 200);
    expect((await attempt('198.51.100.10', directus.demoPassword)).status).toBe(200);
  });

  test('an administrator ends a block at once; others may not', async () => {
    for (let i = 0; i < 5; i++) await attempt('203.0.113.99', `Fout-${i}`);
    expect((await attempt('203.0.113.99', directus.demoPassword)).status).toBe(429);
    const corporationTry = await corporation.post('/vroegsignalering/aanmeldblokkade/opheffen', { email: user().email });
    expect(corporationTry.status).toBe(403);
    await clear();
    expect((await attempt('203.0.113.99', directus.demoPassword)).status).toBe(200);
  });
});

describe(`headers (${directus.dbClient})`, () => {
  test.each(['/server/ping', '/admin/', '/vroegsignalering/health', '/items/signals'])('%s: no X-Powered-By', async (route) => {
    const response = await fetch(`${directus.url}${route}`, { headers: { authorization: `Bearer ${staff.token}` } });
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});
