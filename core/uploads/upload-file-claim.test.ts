import { describe, expect, test } from 'vitest';
import { checkUploadFileClaim, claimedFileId, type UploadFileClaim } from './upload-file-claim.ts';

const me = 'user-a';
const claim = (over: Partial<UploadFileClaim>): UploadFileClaim => ({ file: 'file-1', trusted: false, userId: me, stored: { uploadedBy: me }, usedElsewhere: 0, ...over });

describe('checkUploadFileClaim', () => {
  test.each([
    ['own, unused file', claim({}), true, undefined],
    ['no file at all', claim({ file: null, stored: null }), true, undefined],
    ['file not submitted', claim({ file: undefined, stored: null }), true, undefined],
    ['a file someone else uploaded', claim({ stored: { uploadedBy: 'user-b' } }), false, 'not_own'],
    ['a file without uploader', claim({ stored: { uploadedBy: null } }), false, 'not_own'],
    ['no user in the request', claim({ userId: null }), false, 'not_own'],
    ['own file already used by another upload or list', claim({ usedElsewhere: 1 }), false, 'in_use'],
    ['a file id that does not exist', claim({ stored: null }), false, 'not_found'],
    ['a nested file object instead of an id', claim({ file: { id: 'file-1' } }), false, 'not_an_id'],
    ['an empty string', claim({ file: '' }), false, 'not_an_id'],
    ['staff or the service account: any file', claim({ trusted: true, stored: { uploadedBy: 'user-b' }, usedElsewhere: 3 }), true, undefined],
  ])('%s', (_name, input, allowed, reason) => {
    const verdict = checkUploadFileClaim(input);
    expect(verdict.allowed).toBe(allowed);
    if (!verdict.allowed) {
      expect(verdict.reason).toBe(reason);
      expect(verdict.message).toMatch(/bestand/i);
    }
  });

  test.each([
    ['file-1', 'file-1'],
    ['', null],
    [null, null],
    [{ id: 'x' }, null],
  ])('claimedFileId(%j) → %j', (file, expected) => {
    expect(claimedFileId(file)).toBe(expected);
  });
});
