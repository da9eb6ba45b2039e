import { describe, expect, test } from 'vitest';
import { ownAccessChangeRefusal, type AccountChange } from './own-access-change.ts';

const change = (over: Partial<AccountChange>): AccountChange => ({ actorId: 'me', actorIsAdmin: false, targetIds: ['me'], fields: ['role'], ...over });

describe('ownAccessChangeRefusal', () => {
  test.each([
    ['own role', change({}), true],
    ['own policies', change({ fields: ['policies'] }), true],
    ['own role among other users', change({ targetIds: ['other', 'me'] }), true],
    ['own name and password', change({ fields: ['first_name', 'password'] }), false],
    ['another user’s role', change({ targetIds: ['other'] }), false],
    ['an administrator’s own role', change({ actorIsAdmin: true }), false],
    ['no user (e.g. a static token without user)', change({ actorId: null }), false],
  ])('%s → refused %s', (_name, input, refused) => {
    const refusal = ownAccessChangeRefusal(input);
    expect(refusal !== null).toBe(refused);
    if (refusal) expect(refusal).toMatch(/eigen rol/);
  });
});
