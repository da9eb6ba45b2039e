import { describe, expect, test } from 'vitest';
import { discardOwnFileVerdict } from './discard-own-file.ts';

describe('discardOwnFileVerdict', () => {
  test.each([
    [{ userId: 'u1', stored: { uploadedBy: 'u1' }, references: 0 }, { discard: true }],
    [{ userId: 'u1', stored: null, references: 0 }, { discard: false, status: 404 }],
    [{ userId: 'u1', stored: { uploadedBy: 'u2' }, references: 0 }, { discard: false, status: 403 }],
    [{ userId: 'u1', stored: { uploadedBy: null }, references: 0 }, { discard: false, status: 403 }],
    [{ userId: null, stored: { uploadedBy: null }, references: 0 }, { discard: false, status: 403 }],
    [{ userId: 'u1', stored: { uploadedBy: 'u1' }, references: 1 }, { discard: false, status: 409 }],
  ])('%j → %j', (request, expected) => {
    expect(discardOwnFileVerdict(request)).toMatchObject(expected);
  });
});
