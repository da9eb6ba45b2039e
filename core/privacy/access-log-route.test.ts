import { describe, expect, test } from 'vitest';
import { accessRoute, type RouteFacts } from './access-log-route.ts';

const facts = (over: Partial<RouteFacts>): RouteFacts => ({ path: '/items/signals', exportFormat: null, sessionCookie: false, explicitToken: true, ...over });

describe('accessRoute', () => {
  test.each([
    ['a bearer token', facts({}), 'api'],
    ['the app’s session cookie', facts({ sessionCookie: true, explicitToken: false }), 'app'],
    ['a session cookie and a token of its own', facts({ sessionCookie: true }), 'api'],
    ['a list downloaded as CSV', facts({ exportFormat: 'csv', sessionCookie: true, explicitToken: false }), 'export'],
    ['Directus’s export route', facts({ path: '/utils/export/signals' }), 'export'],
    ['no request (websocket, internal)', null, 'api'],
  ])('%s → %s', (_name, input, expected) => {
    expect(accessRoute(input)).toBe(expected);
  });
});
