import { expect, test } from 'vitest';
import { requestDeadline } from './request-deadline.ts';

test.each([
  ['2026-01-15', '2026-02-15'],
  ['2026-01-31', '2026-02-28'],
  ['2028-01-31', '2028-02-29'],
  ['2026-03-31', '2026-04-30'],
  ['2026-12-31', '2027-01-31'],
  ['2026-12-07', '2027-01-07'],
  ['2026-02-28', '2026-03-28'],
  ['2026-12-07T00:00:00', '2027-01-07'],
  ['2026-02-30', null],
  ['gisteren', null],
])('received %s → deadline %s', (received, deadline) => {
  expect(requestDeadline(received)).toBe(deadline);
});
