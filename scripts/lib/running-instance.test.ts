import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { readInstanceRecord, removeInstanceRecord, resolveDirectusUrl, writeInstanceRecord, type InstanceRecord } from './running-instance.ts';

const recorded: InstanceRecord = { url: 'http://127.0.0.1:8206', publicUrl: 'http://localhost:8206', pid: 4242 };
const running = () => true;
const stopped = () => false;

describe('resolveDirectusUrl: the first setting that is there wins', () => {
  test.each([
    { name: 'DIRECTUS_URL over everything', env: { DIRECTUS_URL: 'http://directus:8055/', PUBLIC_URL: 'https://vs.example', PORT: '9000' }, url: 'http://directus:8055', source: 'DIRECTUS_URL' },
    { name: 'PUBLIC_URL over PORT and the recorded instance', env: { PUBLIC_URL: 'https://vs.example/', PORT: '9000' }, url: 'https://vs.example', source: 'PUBLIC_URL' },
    { name: 'PORT over the recorded instance', env: { PORT: '9000' }, url: 'http://127.0.0.1:9000', source: 'PORT' },
    { name: 'the recorded instance when nothing is set', env: {}, url: 'http://127.0.0.1:8206', source: 'instance' },
    { name: 'empty values count as not set', env: { DIRECTUS_URL: '', PUBLIC_URL: ' ', PORT: '' }, url: 'http://127.0.0.1:8206', source: 'instance' },
  ])('$name', ({ env, url, source }) => {
    expect(resolveDirectusUrl(env, recorded, running)).toEqual({ ok: true, url, source });
  });

  test('no setting and no record: a Dutch message that says to run npm start', () => {
    const result = resolveDirectusUrl({}, null, running);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/Er draait geen Vroegsignalering.*npm start/);
  });

  test('a record whose process stopped (a crash) is not used', () => {
    const result = resolveDirectusUrl({}, recorded, stopped);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/draait niet meer.*npm start/);
  });

  test('an explicit setting does not need a running record', () => {
    expect(resolveDirectusUrl({ PORT: '8055' }, recorded, stopped)).toEqual({ ok: true, url: 'http://127.0.0.1:8055', source: 'PORT' });
  });
});

describe('the instance record on disk', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('written, read back, and removed only by its own process', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'vs-instance-'));
    const file = path.join(dir, 'data', '.instance.json');
    expect(readInstanceRecord(file)).toBeNull();
    writeInstanceRecord(recorded, file);
    expect(readInstanceRecord(file)).toEqual(recorded);
    removeInstanceRecord(1, file);
    expect(readInstanceRecord(file)).toEqual(recorded);
    removeInstanceRecord(recorded.pid, file);
    expect(readInstanceRecord(file)).toBeNull();
  });

  test('a damaged file counts as no record', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'vs-instance-'));
    const file = path.join(dir, '.instance.json');
    writeFileSync(file, '{"url": 12');
    expect(readInstanceRecord(file)).toBeNull();
    writeFileSync(file, '{"url": "http://127.0.0.1:1"}');
    expect(readInstanceRecord(file)).toBeNull();
  });
});
