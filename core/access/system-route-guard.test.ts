import { describe, expect, test } from 'vitest';
import { systemRouteVerdict, type RouteRequest } from './system-route-guard.ts';

const req = (over: Partial<RouteRequest>): RouteRequest => ({ method: 'POST', path: '/utils/export/signals', admin: false, sqlite: false, ...over });

describe('systemRouteVerdict', () => {
  test.each([
    ['export as a user on PostgreSQL', req({}), false],
    ['export as a user on SQLite', req({ sqlite: true }), false],
    ['export as admin on SQLite (deadlocks the pool)', req({ admin: true, sqlite: true }), false],
    ['export as admin on PostgreSQL', req({ admin: true }), true],
    ['export in capitals', req({ path: '/UTILS/Export/uploads' }), false],
    ['export with doubled slashes', req({ path: '//utils//export/uploads' }), false],
    ['export with a trailing slash', req({ path: '/utils/export/' }), false],
    ['import as a user', req({ path: '/utils/import/uploads' }), false],
    ['import as admin', req({ path: '/utils/import/uploads', admin: true }), true],
    ['file import from a URL as a user', req({ path: '/files/import' }), false],
    ['file import from a URL as admin', req({ path: '/files/import', admin: true }), true],
    ['a normal file upload', req({ path: '/files' }), true],
    ['the app download via items', req({ method: 'GET', path: '/items/uploads' }), true],
    ['a GET on the export path (no such route)', req({ method: 'GET' }), true],
    ['a random string', req({ path: '/utils/random/string' }), true],
    ['a collection whose name starts like export', req({ path: '/utils/exporter' }), true],
  ])('%s → allowed %s', (_name, request, allowed) => {
    const verdict = systemRouteVerdict(request);
    expect(verdict.allowed).toBe(allowed);
    if (!verdict.allowed) {
      expect(verdict.message).not.toMatch(/[{}]/);
      expect(verdict.log).toMatch(/^refused /);
    }
  });
});
