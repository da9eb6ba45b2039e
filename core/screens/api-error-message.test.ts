import { expect, test } from 'vitest';
import { apiErrorMessage, isForbiddenOrMissing } from './api-error-message.ts';

const answer = (status: number, code: string, message: string) => ({ response: { status, data: { errors: [{ message, extensions: { code } }] } } });

test.each([
  ['our refusal in Dutch', answer(400, 'VROEGSIGNALERING', 'Deze doorverwijzing is ingetrokken.'), 'Deze doorverwijzing is ingetrokken.'],
  ['our access refusal', answer(403, 'VROEGSIGNALERING_GEWEIGERD', 'Dit mag u niet.'), 'Dit mag u niet.'],
  ['Directus in English', answer(400, 'FAILED_VALIDATION', 'Validation failed for field "kind".'), 'Opslaan lukte niet.'],
  ['no answer at all', new Error('Network Error'), 'Opslaan lukte niet.'],
  ['nothing', null, 'Opslaan lukte niet.'],
])('%s', (_, error, expected) => {
  expect(apiErrorMessage(error, 'Opslaan lukte niet.')).toBe(expected);
});

test.each([
  [answer(403, 'FORBIDDEN', 'x'), true],
  [answer(404, 'ROUTE_NOT_FOUND', 'x'), true],
  [answer(500, 'INTERNAL', 'x'), false],
  [new Error('x'), false],
])('forbidden or missing: %#', (error, expected) => {
  expect(isForbiddenOrMissing(error)).toBe(expected);
});
