import { expect, test } from 'vitest';
import { ACCESS_LOG_COLLECTIONS, ACCESS_LOG_ROLES, collections } from '../../directus/schema/model.ts';
import { ACCESS_KEYS } from '../../directus/access/access-model.ts';
import { PERSONAL_DATA_COLLECTIONS } from './personal-data-collections.ts';

// The access log names what was read and by which role in Dutch: every logged collection and every role has a word.
test('the access log has a Dutch word for every logged collection and every role', () => {
  expect(ACCESS_LOG_COLLECTIONS.map(([code]) => code)).toEqual([...PERSONAL_DATA_COLLECTIONS]);
  for (const [code, word] of ACCESS_LOG_COLLECTIONS) expect(word, code).toBe(collections.find((item) => item.collection === code)?.label.plural);
  expect(ACCESS_LOG_ROLES.map(([code]) => code).sort()).toEqual([...ACCESS_KEYS].sort());
});
