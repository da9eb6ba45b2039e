import { describe, expect, test } from 'vitest';
import { estimateBits, secretProblem } from './secret-strength.ts';

describe('estimateBits', () => {
  test.each<[string, string, number, number]>([
    ['32 × a', 'a'.repeat(32), 0, 10],
    ['12 × a', 'a'.repeat(12), 0, 10],
    ['alphabet run', 'abcdefghijklmnopqrstuvwxyz', 0, 15],
    ['digits run', '12345678901234567890', 0, 20],
    ['keyboard row', 'qwertyuiopasdfghjkl', 0, 25],
    ['repeated block', 'Xy7!Xy7!Xy7!Xy7!Xy7!Xy7!Xy7!Xy7!', 0, 40],
    ['two characters alternating', 'abababababababababababababababab', 0, 35],
    ['project words and a year', 'VroegsignaleringDirectus2026!', 0, 45],
    ['month and password', 'Januari2026Wachtwoord', 0, 40],
    ['l33t word', 'W3lk0m!W3lk0m!W3lk0m!', 0, 40],
    ['openssl rand -hex 32', '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 200, 400],
    ['openssl rand -base64 48', 'pT3u5Q0n0m4f0Zk1yK8V0c2bR6pL9xWq3mJ8sD1fH7gT5vY2nC4bX6zA9eR0tU3i', 250, 500],
    ['random 16 mixed characters', 'k#9Vq!2mZ@7wLp$4', 90, 110],
    ['four random words', 'korenbloem-trapleuning-visnet-oever', 100, 250],
  ])('%s', (_name, value, min, max) => {
    const bits = estimateBits(value);
    expect(bits).toBeGreaterThanOrEqual(min);
    expect(bits).toBeLessThanOrEqual(max);
  });
});

describe('secretProblem', () => {
  test.each<['SECRET' | 'WORKER_TOKEN' | 'ADMIN_PASSWORD', string, boolean]>([
    ['SECRET', 'a'.repeat(32), false],
    ['SECRET', 'x'.repeat(40), false],
    ['SECRET', 'directus-secret-directus-secret-1234', false],
    ['SECRET', '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', true],
    ['WORKER_TOKEN', 'a'.repeat(32), false],
    ['WORKER_TOKEN', '0123456789abcdef0123456789abcdef', false],
    ['WORKER_TOKEN', 'c1f5e2a7b9d04e3f8a6b2c7d9e1f0a3b5c7d9e1f2a4b6c8d', true],
    ['ADMIN_PASSWORD', 'aaaaaaaaaaaa', false],
    ['ADMIN_PASSWORD', 'Welkom2026!!', false],
    ['ADMIN_PASSWORD', 'Wachtwoord123', false],
    ['ADMIN_PASSWORD', 'Qwerty123456!', false],
    ['ADMIN_PASSWORD', 'Een-lang-wachtwoord-2026', true],
    ['ADMIN_PASSWORD', 'korenbloem-trapleuning-visnet-oever', true],
    ['ADMIN_PASSWORD', 'k#9Vq!2mZ@7wLp$4', true],
  ])('%s #%#: strong enough = %s', (name, value, strong) => {
    const problem = secretProblem(name, value);
    expect(problem === null).toBe(strong);
    if (problem) {
      expect(problem).toContain(name);
      expect(problem).not.toContain(value);
    }
  });
});
