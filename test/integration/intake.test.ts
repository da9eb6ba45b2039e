/**
 * A corporation's monthly list through the real Directus REST API: upload as the
 * corporation user, read the result back, and check what was (and was not) stored.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { fromRoot } from '../../scripts/lib/project-paths.ts';
import { Api, loginAs } from '../support/api.ts';
import { submitUpload } from '../support/uploads.ts';
import { startProjectWorker } from '../support/project-worker.ts';
import type { TestWorker } from '../support/workers.ts';

const directus = inject('directus');
let corporation: Api;
let otherCorporation: Api;
let admin: Api;

/** Windows-1252 as older corporation systems write it: latin-1, with € at 0x80. */
const win1252 = (text: string) => Buffer.from(text.replace(/€/g, '\x80'), 'latin1');

// A windows-1252 export with ';', a title row, a forbidden BSN column, one bad row and a duplicate.
const messyText = [
    'Overzicht huurachterstanden Wonen Limburg;;;;;;;;;',
    ';;;;;;;;;',
    'Voorl.;Tussenv.;Achternaam;Geb.datum;Adres;Postcode;Woonplaats;Telefoon;Mnd achterstand;Achterstand (€);BSN',
    'pj;Van Der;Meijden;17-04-1959;Dorpsstraat 12a;6001 gs;WEERT;0495-123456;3;€ 1.234,56;123456782',
    'a;;Gérard;01-02-1980;Kerkstraat 5-II;6002AB;Weert;;2;850,00;111222333',
    'k;;Bakker;31-02-1980;Hoofdweg 1;6003CD;Weert;;2;100;999888777',
    'PJ;van der;Meijden;17-04-1959;Dorpsstraat 12a;6001GS;Weert;0495-123456;3;1234,56;123456782',
    'Totaal;;;;;;;;;2185,12;',
  ].join('\r\n');
const messyCsv = win1252(messyText);

// Uploads, source lists and enrichment are jobs: a worker runs them.
let worker: TestWorker;
beforeAll(async () => {
  worker = await startProjectWorker();
  corporation = await loginAs('corporation');
  otherCorporation = await loginAs('corporation_b');
  admin = await loginAs('admin');
});

afterAll(async () => {
  await worker?.stop();
});

async function signalsOf(upload: string) {
  return (await admin.get<Array<Record<string, unknown>>>(`/items/signals?filter[upload][_eq]=${upload}&limit=-1&sort=surname`)).body.data ?? [];
}

describe(`intake through the API (${directus.dbClient})`, () => {
  let first: Awaited<ReturnType<typeof submitUpload>>;

  test('a messy export is processed: counts, dropped columns and every problem in Dutch', async () => {
    first = await submitUpload(corporation, 'export.csv', messyCsv, '2026-09');
    expect(first).toMatchObject({ status: 'processed', rows_read: 4, accepted: 2, rejected: 1, duplicates: 1, dropped_columns: ['BSN'], file: null, file_name: 'export.csv' });
    expect(first.partner).toBe(directus.demo.partners['wonen-limburg']);
    expect(first.error_report).toContainEqual(expect.objectContaining({ row: 6, message: expect.stringContaining('bestaat niet') }));
    expect(first.summary).toContain('Niet overgenomen kolommen: BSN');
  });

  test('only the normalised art. 12.2 fields are stored; the BSN column and the file are gone', async () => {
    const signals = await signalsOf(first.id);
    expect(signals).toHaveLength(2);
    expect(signals.find((s) => s.surname === 'Meijden')).toMatchObject({
      initials: 'P.J.', name_prefix: 'van der', birth_date: '1959-04-17', street: 'Dorpsstraat', house_number: 12, house_letter: 'A',
      postcode: '6001GS', months_in_arrears: expect.anything(), is_repeat: false, status: 'Nog niet opgepakt',
    });
    expect(Number(signals.find((s) => s.surname === 'Meijden')!.arrears_amount)).toBeCloseTo(1234.56);
    expect(JSON.stringify(signals)).not.toMatch(/123456782|111222333/);
    const files = await admin.get<unknown[]>(`/files?limit=-1&fields=id,filename_download`);
    expect(JSON.stringify(files.body.data)).not.toContain('export.csv');
  });

  test('the same file again adds nothing', async () => {
    const again = await submitUpload(corporation, 'export-kopie.csv', messyCsv, '2026-09');
    expect(again.status).toBe('refused');
    expect(again.summary).toContain('al eerder verwerkt');
    expect(await signalsOf(first.id)).toHaveLength(2);
  });

  test('a corrected re-upload for the same period updates instead of duplicating', async () => {
    const corrected = win1252(messyText.replace(/;3;(€ 1\.234,56|1234,56);/g, ';4;€ 1.500,00;').replace('31-02-1980', '28-02-1980'));
    const second = await submitUpload(corporation, 'export-gecorrigeerd.csv', corrected, '2026-09');
    expect(second).toMatchObject({ status: 'processed', accepted: 3, rejected: 0, replaces: first.id });
    const all = (await admin.get<Array<Record<string, unknown>>>(`/items/signals?filter[period][_eq]=2026-09&filter[partner][_eq]=${directus.demo.partners['wonen-limburg']}&limit=-1`)).body.data!;
    expect(all).toHaveLength(3);
    expect(Number(all.find((s) => s.surname === 'Meijden')!.months_in_arrears)).toBe(4);
    const old = await admin.get<{ status: string }>(`/items/uploads/${first.id}?fields=status`);
    expect(old.body.data!.status).toBe('superseded');
  });

  test('the same tenant a month later is a new, repeat signal on the same household', async () => {
    const next = win1252(messyText.replace(/;3;(€ 1\.234,56|1234,56);/g, ';5;€ 2.000,00;'));
    const october = await submitUpload(corporation, 'oktober.csv', next, '2026-10');
    expect(october.status).toBe('processed');
    const [september] = (await admin.get<Array<{ id: string; household: string }>>(`/items/signals?filter[period][_eq]=2026-09&filter[surname][_eq]=Meijden&fields=id,household`)).body.data!;
    const [repeat] = (await admin.get<Array<Record<string, unknown>>>(`/items/signals?filter[period][_eq]=2026-10&filter[surname][_eq]=Meijden`)).body.data!;
    expect(repeat).toMatchObject({ is_repeat: true, previous_signal: september!.id, household: september!.household });
  });

  test('a file without a required column is refused as a whole, naming the column', async () => {
    const refused = await submitUpload(corporation, 'zonder-geboortedatum.csv', 'Voorletters;Achternaam;Adres;Postcode;Maanden achterstand\nP.;Jansen;Dorpsstraat 1;6001AA;2\n', '2026-08');
    expect(refused.status).toBe('refused');
    expect(refused.summary).toContain('Geboortedatum');
    expect(refused.accepted).toBe(0);
  });

  test('a functional admin maps an odd export in the app; the next upload uses that mapping', async () => {
    const odd = 'Init;Huurder;Dag van geboorte;Straat;Huisnr;Postcode;Woonplaats;Achterstallige termijnen\nB.;Klaassen;12-12-1966;Lindelaan;4;6039CA;Stramproy;3\n';
    const before = await submitUpload(otherCorporation, 'odd-voor.csv', odd, '2026-04');
    expect(before.status).toBe('refused');

    const functional = await loginAs('functional_admin');
    const mapping = [
      { header: 'Init', target: 'initials' },
      { header: 'Huurder', target: 'surname' },
      { header: 'Dag van geboorte', target: 'birth_date' },
      { header: 'Achterstallige termijnen', target: 'months_in_arrears' },
    ];
    expect((await functional.patch(`/items/signal_partners/${directus.demo.partners['st-joseph']}`, { header_mapping: mapping })).status).toBe(200);
    const after = await submitUpload(otherCorporation, 'odd-na.csv', odd, '2026-04');
    expect(after).toMatchObject({ status: 'processed', accepted: 1, rejected: 0 });
    const [signal] = await signalsOf(after.id);
    expect(signal).toMatchObject({ initials: 'B.', surname: 'Klaassen', birth_date: '1966-12-12' });
  });

  test('the error report downloads as a spreadsheet for the corporation, not for another one', async () => {
    const response = await fetch(`${directus.url}/vroegsignalering/uploads/${first.id}/foutenrapport.xlsx`, { headers: { authorization: `Bearer ${corporation.token}` } });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const text = workbook.worksheets[0]!.getSheetValues().flat().join(' ');
    expect(text).toContain('bestaat niet');
    const forbidden = await fetch(`${directus.url}/vroegsignalering/uploads/${first.id}/foutenrapport.xlsx`, { headers: { authorization: `Bearer ${otherCorporation.token}` } });
    expect(forbidden.status).toBe(403);
  });

  test('npm run import: exit 0 with a JSON summary; a refused file exits non-zero', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'vs-import-'));
    const good = path.join(dir, 'st-joseph.csv');
    await writeFile(good, 'Voorletters,Achternaam,Geboortedatum,Straat,Huisnummer,Postcode,Woonplaats,Maanden achterstand,Bedrag\nK.,Proef,21-07-1990,Testlaan,8,6003CC,Stramproy,2,"990,50"\nX.,Fout,1-1-1990,Testlaan,9,0000XX,Stramproy,2,10\n');
    const run = (file: string) => spawnSync(process.execPath, [fromRoot('node_modules/tsx/dist/cli.mjs'), fromRoot('scripts/import.ts'), '--partner', 'st-joseph', '--period', '2026-07', '--json', file], {
      env: { PATH: process.env.PATH, DIRECTUS_URL: directus.url, WORKER_TOKEN: directus.workerToken, DB_FILENAME: path.join(dir, 'unused.sqlite') },
      encoding: 'utf8',
    });
    const ok = run(good);
    expect(ok.status, ok.stderr).toBe(0);
    const summary = JSON.parse(ok.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({ status: 'processed', accepted: 1, rejected: 1, duplicates: 0, dropped_columns: [] });
    expect(summary.errors).toContainEqual(expect.objectContaining({ row: 3, message: expect.any(String) }));

    const bad = path.join(dir, 'plaatje.csv');
    await writeFile(bad, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const refused = run(bad);
    expect(refused.status).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({ status: 'refused', accepted: 0 });

    // Configuration and connection problems are exit 2, never 1 ("the file was refused").
    const importWith = (env: Record<string, string | undefined>) => spawnSync(process.execPath, [fromRoot('node_modules/tsx/dist/cli.mjs'), fromRoot('scripts/import.ts'), '--partner', 'st-joseph', '--period', '2026-07', good], {
      env: { PATH: process.env.PATH, DB_FILENAME: path.join(dir, 'unused.sqlite'), ...env },
      encoding: 'utf8',
    });
    const noToken = importWith({ DIRECTUS_URL: directus.url });
    expect(noToken.status, noToken.stderr).toBe(2);
    const badConfig = importWith({ DIRECTUS_URL: directus.url, WORKER_TOKEN: directus.workerToken, DB_CLIENT: 'oracle' });
    expect(badConfig.status, badConfig.stderr).toBe(2);
    expect(badConfig.stderr).toContain('configuratie');
    const unreachable = importWith({ DIRECTUS_URL: 'http://127.0.0.1:9', WORKER_TOKEN: directus.workerToken });
    expect(unreachable.status, unreachable.stderr).toBe(2);
    expect(unreachable.stderr).toContain('niet bereiken');
  });
});
